// Transport for windows inside the Electron app: the preload bridge (`window.tongban`).
import { fail, type TongbanBridge } from '../../../electron/contract';
import type { HallTransport } from './hall-client';

export function ipcTransport(bridge: TongbanBridge): HallTransport {
  return {
    // A call the main process never answers (it is gone or reloading) is the link lost, as over WebSocket.
    invoke: (name, input) => bridge.invoke(name, input).catch(() => fail('offline', 'the hall process did not answer')),
    onEvent: (listener) => bridge.onEvent(listener),
    // IPC to the main process in the same app never drops.
    onConnection: (listener) => {
      listener('connected');
      return () => {};
    },
  };
}
