// The shape of one event in the contract: a run-time entry (so the name exists at run time, for the
// preload's subscriptions and the WebSocket) carrying its payload type for the type checker only, and,
// for an event that is not for everyone, the roles it is sent to (the manager's live view: clerk names,
// today's figures, device and backup alerts are the manager's, as live.get is).
import type { Role } from './views';

export interface EventSpec<D> {
  /** Type-only marker for the payload; never read at run time. */
  readonly data?: D;
  /** Only sessions with one of these roles receive it (WebSocket and IPC alike); absent: everyone. */
  readonly roles?: readonly Role[];
}

export const event = <D>(options: { roles?: readonly Role[] } = {}): EventSpec<D> => (options.roles ? { roles: options.roles } : {});

export type EventData<S> = S extends EventSpec<infer D> ? D : never;
