// The WebSocket at /api/events: pushes the hall's events, and carries commands for browser clients
// (the same dispatch as IPC and HTTP). A connection starts anonymous; `auth` or `auth.login` gives it a session.
// An event the contract restricts to some roles (live.changed: the manager's) goes only to sockets whose
// session, checked again at the push (a token revoked elsewhere), has one of them.
import type { WebSocket } from 'ws';
import {
  bodyLimitOf,
  fail,
  givesSession,
  isPacedCommand,
  limitText,
  mayReceive,
  restrictedEvents,
  wsClientMessage,
  type Session,
  type WsServerMessage,
} from '../contract';
import { sessionPrincipal } from '../core/dispatch';
import type { Hall } from '../core/hall';

/**
 * Fans hall events out to the connected sockets: subscribes to the hall once and serializes each
 * event once, however many screens are listening. Each socket comes with its session as it is now
 * (`sessionOf`), for the events only some roles receive.
 */
export function createEventHub(hall: Pick<Hall, 'subscribe' | 'resolve'>) {
  const sockets = new Map<WebSocket, () => Session | null>();
  /** Its role may, and its token still holds (resolved only then: a device's resolve counts as its use). */
  const receives = (name: string, sessionOf: () => Session | null) => {
    const session = sessionOf();
    return session !== null && mayReceive(name, session.role) && hall.resolve(session.token) !== null;
  };
  const unsubscribe = hall.subscribe((event) => {
    const text = JSON.stringify({ type: 'event', ...event } satisfies WsServerMessage);
    const restricted = restrictedEvents.has(event.name);
    for (const [socket, sessionOf] of sockets) {
      if (socket.readyState !== socket.OPEN) continue;
      if (restricted && !receives(event.name, sessionOf)) continue;
      socket.send(text);
    }
  });
  return {
    add(socket: WebSocket, sessionOf: () => Session | null) {
      sockets.set(socket, sessionOf);
      socket.on('close', () => sockets.delete(socket));
    },
    close: unsubscribe,
  };
}

export type EventHub = ReturnType<typeof createEventHub>;

/** `source`: the remote address, which the login throttle counts wrong PINs by. */
export function serveEventSocket(hall: Hall, hub: EventHub, socket: WebSocket, source: string): void {
  let session: Session | null = null;
  const send = (message: WsServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  send({ type: 'event', name: 'hall.changed', data: hall.view() });
  hub.add(socket, () => session);

  socket.on('message', (raw) => {
    let parsed;
    try {
      parsed = wsClientMessage.safeParse(JSON.parse(String(raw)));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      const field = parsed ? parsed.error.issues[0]?.path.join('.') : undefined;
      send({ type: 'result', id: -1, result: fail('bad_request', `malformed message${field ? `: ${field}` : ''}`, field) });
      return;
    }
    const message = parsed.data;
    // The socket takes messages up to the largest limit; a command is held to its own (as over HTTP).
    const size = Buffer.isBuffer(raw) ? raw.length : String(raw).length;
    if (message.type === 'cmd' && size > bodyLimitOf(message.name)) {
      send({ type: 'result', id: message.id, result: fail('payload_too_large', `the message is over ${limitText(bodyLimitOf(message.name))}`) });
      return;
    }
    if (message.type === 'auth') {
      session = hall.resolve(message.token);
      send({
        type: 'auth',
        result: session ? { ok: true, value: { role: session.role, user: session.user } } : fail('unauthenticated', 'token unknown or expired'),
      });
      return;
    }
    if (message.name === 'auth.login') {
      // The PIN is checked off the main thread: other messages are answered meanwhile (each by its id).
      void hall.login(message.input, source).then((result) => {
        if (result.ok) session = result.value;
        send({ type: 'result', id: message.id, result });
      });
      return;
    }
    // A token revoked or expired elsewhere stops working on an open socket too.
    if (session) session = hall.resolve(session.token);
    if (isPacedCommand(message.name)) {
      // A long read (a report) steps on a snapshot of its own: other messages are answered meanwhile.
      void hall.paced(message.name, message.input, sessionPrincipal(session)).then((result) => send({ type: 'result', id: message.id, result }));
      return;
    }
    const result = hall.dispatch(message.name, message.input, session);
    if (givesSession(message.name) && result.ok) session = result.value as Session;
    if (message.name === 'auth.logout' && result.ok) session = null;
    send({ type: 'result', id: message.id, result });
  });
}
