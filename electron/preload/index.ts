// The preload bridge: exposes `window.tongban` (TongbanBridge) to the renderer and nothing else.
// It runs sandboxed, where `require` only knows 'electron' and a few built-ins, so it imports only
// zod-free contract modules and is bundled whole (see electron.vite.config.ts and the bundle check in
// test/electron/preload.test.ts). The renderer never sees ipcRenderer or an IPC event object.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { fail } from '../contract/errors';
import { eventNames, type HallEvent } from '../contract/events';
import { ipcCommandChannel, ipcEventChannel, type TongbanBridge } from '../contract/ipc';

export const bridge: TongbanBridge = {
  invoke(name, input) {
    // Main answers every command with a Result; a rejection means IPC itself broke (no handler yet).
    return ipcRenderer.invoke(ipcCommandChannel, { name, input }).catch(() => fail('offline', 'the hall process did not answer'));
  },
  onEvent(listener) {
    const offs = eventNames.map((name) => {
      const channel = ipcEventChannel(name);
      const handler = (_event: IpcRendererEvent, data: unknown) => listener({ name, data } as HallEvent);
      ipcRenderer.on(channel, handler);
      return () => ipcRenderer.removeListener(channel, handler);
    });
    return () => {
      for (const off of offs) off();
    };
  },
};

contextBridge.exposeInMainWorld('tongban', bridge);
