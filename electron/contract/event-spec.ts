// The shape of one event in the contract: a run-time entry (so the name exists at run time, for the
// preload's subscriptions and the WebSocket) carrying its payload type for the type checker only.

export interface EventSpec<D> {
  /** Type-only marker for the payload; never read at run time. */
  readonly data?: D;
}

export const event = <D>(): EventSpec<D> => ({});

export type EventData<S> = S extends EventSpec<infer D> ? D : never;
