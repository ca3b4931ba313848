// Picks the transport: the preload bridge inside Electron, a WebSocket to this page's host otherwise.
import type { TongbanBridge } from '../../../electron/contract';
import { HallClient } from './hall-client';
import { ipcTransport } from './ipc-transport';
import { wsTransport } from './ws-transport';

export { HallClient } from './hall-client';
export type { ConnectionState } from './hall-client';

export function connectHall(persistToken: 'session' | 'local' = 'session', tokenKey?: string): HallClient {
  const bridge = (window as unknown as { tongban?: TongbanBridge }).tongban;
  if (bridge) return new HallClient(ipcTransport(bridge));
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return new HallClient(
    wsTransport({
      url: `${scheme}://${location.host}/api/events`,
      storage: persistToken === 'local' ? localStorage : sessionStorage,
      tokenKey,
    }),
  );
}
