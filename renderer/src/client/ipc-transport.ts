// Transport for windows inside the Electron app: the preload bridge (`window.tongban`).
import type { TongbanBridge } from '../../../electron/contract';
import type { HallTransport } from './hall-client';

export function ipcTransport(bridge: TongbanBridge): HallTransport {
  return {
    invoke: (name, input) => bridge.invoke(name, input),
    onEvent: (listener) => bridge.onEvent(listener),
    // IPC to the main process in the same app never drops.
    onConnection: (listener) => {
      listener('connected');
      return () => {};
    },
  };
}
