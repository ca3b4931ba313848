// The session token of this tab, for a plain HTTP download next to the WebSocket (the xlsx export
// streams over HTTP). Inside the Electron app the session lives in the main process, never here: null.
import type { TongbanBridge } from '../../../electron/contract';
import { DEFAULT_TOKEN_KEY } from './ws-transport';

export function sessionToken(): string | null {
  if ((window as unknown as { tongban?: TongbanBridge }).tongban) return null;
  return sessionStorage.getItem(DEFAULT_TOKEN_KEY);
}
