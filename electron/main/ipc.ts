// The IPC side of the hall PC: one handler for every command, sessions per window, events fanned out.
//
// - One `ipcMain.handle(ipcCommandChannel)`. The envelope `{ name, input }` is checked here; the input
//   itself is checked by the core's dispatcher. Every failure comes back as a Result, never a throw.
// - Only the app's own windows may call: the sender must be a registered window whose top frame shows
//   a trusted URL (see trust.ts).
// - Sessions live here, per webContents, never in the renderer: a kiosk window is a trusted local
//   device and starts with the kiosk session; other windows start anonymous and get the session their
//   `auth.login` returns. `auth.logout` goes back to the window's starting session; a closed window
//   forgets its session. A stored login is re-checked with the core on every command (expiry, logout
//   elsewhere).
// - An event the contract restricts to some roles (live.changed: the manager's) goes only to windows
//   whose session has one of them, as over the WebSocket.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';
import {
  commandNames,
  fail,
  givesSession,
  isPacedCommand,
  ipcCommandChannel,
  ipcEventChannel,
  mayReceive,
  restrictedEvents,
  type CommandName,
  type Result,
  type Session,
} from '../contract';
import { LOCAL_SOURCE } from '../core/auth';
import type { Hall } from '../core/hall';
import { roleOf, type Principal } from '../core/principal';

/** Who a kiosk-role window is until someone logs in on it: the hall's kiosk device itself, not a person. */
export const kioskPrincipal: Principal = Object.freeze({ kind: 'kiosk' });

export const commandEnvelope = z.strictObject({
  name: z.enum(commandNames as [CommandName, ...CommandName[]]),
  input: z.unknown().optional(),
});

/** The parts of a WebContents this module uses (tests pass small fakes). */
export interface WindowContents {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
}

export interface IpcDeps {
  hall: Pick<Hall, 'send' | 'login' | 'paced' | 'resolve' | 'subscribe'>;
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  isTrustedUrl(url: string): boolean;
  log?: (message: string, error?: unknown) => void;
}

export interface HallIpc {
  /** Registers one of the app's windows; only registered windows may send commands and get events. */
  addWindow(contents: WindowContents, options: { kiosk: boolean }): void;
  /** Who commands from this window are sent as: a logged-in session, the kiosk device, or nobody. */
  principalOf(contents: Pick<WebContents, 'id'>): Principal | null;
  /** The handler registered on ipcCommandChannel (exposed for tests); a login answers asynchronously. */
  handle(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, envelope: unknown): Result<unknown> | Promise<Result<unknown>>;
  dispose(): void;
}

interface Entry {
  contents: WindowContents;
  /** Who the window is when nobody is logged in on it (the kiosk device for a kiosk window). */
  base: Principal | null;
  /** The session of whoever logged in on this window. */
  current: Session | null;
}

export function wireHallIpc(deps: IpcDeps): HallIpc {
  const { hall, ipcMain, isTrustedUrl } = deps;
  const log = deps.log ?? ((message, error) => console.error(`[ipc] ${message}`, error ?? ''));
  const windows = new Map<number, Entry>();

  const principalOf = (entry: Entry): Principal | null => {
    // A stored login that expired (or was revoked) in the core is dropped.
    if (entry.current && !hall.resolve(entry.current.token)) entry.current = null;
    return entry.current ? { kind: 'session', session: entry.current } : entry.base;
  };

  /** A restricted event: the window's role may, checked with the core only then (a stored login may have ended). */
  const receives = (name: string, entry: Entry) => {
    const stored = entry.current ? entry.current.role : entry.base && roleOf(entry.base);
    if (!mayReceive(name, stored)) return false;
    const principal = principalOf(entry);
    return mayReceive(name, principal && roleOf(principal));
  };

  const handle: HallIpc['handle'] = (event, envelope) => {
    try {
      const entry = windows.get(event.sender.id);
      const frame = event.senderFrame;
      if (!entry || !frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
        return fail('forbidden', 'commands are only accepted from the app’s own windows');
      }
      const parsed = commandEnvelope.safeParse(envelope);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = issue.path.join('.') || undefined;
        return fail('bad_request', `malformed command${field ? ` (${field})` : ''}: ${issue.message}`, field);
      }
      const { name, input } = parsed.data;
      if (name === 'auth.login') {
        // The PIN is checked off the main thread; the hall PC's windows count as one source.
        return hall.login(input, LOCAL_SOURCE).then((result) => {
          if (result.ok) entry.current = result.value;
          return result;
        });
      }
      // A long read (a report) steps on a snapshot of its own; the window's other commands are answered meanwhile.
      if (isPacedCommand(name)) return hall.paced(name, input, principalOf(entry));
      // The input is validated inside the core (`send` is typed for in-process callers; this one is the wire).
      const result: Result<unknown> = hall.send(name, input as never, principalOf(entry));
      if (result.ok && givesSession(name)) entry.current = result.value as Session;
      if (result.ok && name === 'auth.logout') entry.current = null;
      return result;
    } catch (error) {
      log('command failed', error);
      return fail('internal', 'internal error; the hall log has the details');
    }
  };

  ipcMain.handle(ipcCommandChannel, (event, envelope: unknown) => handle(event, envelope));

  const unsubscribe = hall.subscribe((event) => {
    const channel = ipcEventChannel(event.name);
    const restricted = restrictedEvents.has(event.name);
    for (const entry of windows.values()) {
      const { contents } = entry;
      if (contents.isDestroyed()) continue;
      if (restricted && !receives(event.name, entry)) continue;
      try {
        contents.send(channel, event.data);
      } catch (error) {
        log(`sending ${event.name} failed`, error);
      }
    }
  });

  return {
    addWindow(contents, options) {
      windows.set(contents.id, { contents, base: options.kiosk ? kioskPrincipal : null, current: null });
      contents.once('destroyed', () => windows.delete(contents.id));
    },
    principalOf(contents) {
      const entry = windows.get(contents.id);
      return entry ? principalOf(entry) : null;
    },
    handle,
    dispose() {
      unsubscribe();
      ipcMain.removeHandler(ipcCommandChannel);
      windows.clear();
    },
  };
}
