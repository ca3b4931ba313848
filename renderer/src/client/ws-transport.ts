// Transport for browsers on the hall LAN: one WebSocket to /api/events carrying commands and events.
// Reconnects by itself (jittered backoff up to 5 s, so the kiosks of a restarted hall do not all come
// back at the same moment) and re-authenticates with the token it was given.
import {
  fail,
  givesSession,
  isPacedCommand,
  type CommandName,
  type HallEvent,
  type Result,
  type Session,
  type WsServerMessage,
} from '../../../electron/contract';
import { backoffDelay, reconnectBackoff } from '../../../electron/shared/backoff';
import type { ConnectionState, HallTransport } from './hall-client';

export interface WsTransportOptions {
  url: string;
  /** Where the session token is kept across reloads: a kiosk keeps it, a clerk's tab forgets it. */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** A command that gets no answer in this time fails with a readable error instead of hanging. */
  timeoutMs?: number;
  /** The same for a long read (a report over months, isPacedCommand): the hall steps it between others' requests. */
  longReadTimeoutMs?: number;
  /** Where in storage the token lives: a device page (pad) keeps its own, apart from a kiosk in the same browser. */
  tokenKey?: string;
}

export const DEFAULT_TOKEN_KEY = 'tongban.token';

export function wsTransport(options: WsTransportOptions): HallTransport & { close(): void } {
  const TOKEN_KEY = options.tokenKey ?? DEFAULT_TOKEN_KEY;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const eventListeners = new Set<(event: HallEvent) => void>();
  const stateListeners = new Set<(state: ConnectionState) => void>();
  let socket: WebSocket | null = null;
  let nextId = 1;
  let attempt = 0;
  let closed = false;
  let state: ConnectionState = 'connecting';

  const setState = (next: ConnectionState) => {
    state = next;
    for (const l of stateListeners) l(next);
  };

  const connect = () => {
    if (closed) return; // a reconnect timer that outlived close()
    setState('connecting');
    const ws = new WebSocket(options.url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      const token = options.storage.getItem(TOKEN_KEY);
      // With a stored token, the window counts as connected once the hall has answered for it, so
      // its first command already runs with (or, if refused, knowingly without) its session.
      if (token) ws.send(JSON.stringify({ type: 'auth', token }));
      else setState('connected');
    };
    ws.onmessage = (message) => {
      const data = JSON.parse(String(message.data)) as WsServerMessage;
      if (data.type === 'event') {
        const { type: _type, ...event } = data;
        for (const l of eventListeners) l(event as HallEvent);
      } else if (data.type === 'result') {
        pending.get(data.id)?.(data.result);
        pending.delete(data.id);
      } else if (data.type === 'auth') {
        if (!data.result.ok) options.storage.removeItem(TOKEN_KEY);
        setState('connected');
      }
    };
    ws.onclose = () => {
      for (const [id, resolve] of pending) {
        resolve(fail('offline', 'connection to the hall lost; try again'));
        pending.delete(id);
      }
      if (closed) return;
      setState('disconnected');
      setTimeout(connect, backoffDelay(attempt++, reconnectBackoff));
    };
  };
  connect();

  const timeoutOf = (name: CommandName) => (isPacedCommand(name) ? (options.longReadTimeoutMs ?? 120_000) : (options.timeoutMs ?? 10_000));

  const invoke = (name: CommandName, input: unknown): Promise<Result<unknown>> =>
    new Promise((resolve) => {
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        resolve(fail('offline', 'not connected to the hall; try again in a moment'));
        return;
      }
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(fail('offline', 'the hall did not answer in time'));
      }, timeoutOf(name));
      pending.set(id, (result) => {
        clearTimeout(timer);
        if (givesSession(name) && result.ok) options.storage.setItem(TOKEN_KEY, (result.value as Session).token);
        if (name === 'auth.logout') options.storage.removeItem(TOKEN_KEY);
        resolve(result);
      });
      socket.send(JSON.stringify({ type: 'cmd', id, name, input }));
    });

  return {
    invoke,
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onConnection(listener) {
      stateListeners.add(listener);
      listener(state);
      return () => stateListeners.delete(listener);
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
}
