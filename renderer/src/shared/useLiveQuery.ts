// The value of one hall command, kept live: asked on every (re)connection and then after each push
// of `event` (or taken from the push, see LiveEvent). Typed from the contract: the command's name
// decides its input and output, the event's name what it carries. `input` null: nothing to ask yet
// (no window chosen, not logged in).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandName, EventName, HallError, Input, Output, Result } from '../../../electron/contract';
import { useHall } from './hall-context';
import { followLiveQuery, type LiveEvent, type LiveQueryHandle, type LiveQueryState } from './live-query';

export interface LiveQueryOptions<K extends CommandName> {
  send?: (name: K, input: Input<K>) => Promise<Result<Output<K>>>;
  dropWhenOffline?: boolean;
}

export interface LiveQuery<K extends CommandName> {
  value: Output<K> | null;
  error: HallError | null;
  reload(): Promise<void>;
}

export function useLiveQuery<K extends CommandName, E extends EventName = EventName>(
  command: K,
  input: Input<K> | null,
  event: LiveEvent<K, E> | null,
  options: LiveQueryOptions<K> = {},
): LiveQuery<K> {
  const hall = useHall();
  const [state, setState] = useState<LiveQueryState<K>>({ value: null, error: null });
  const handle = useRef<LiveQueryHandle | null>(null);
  // The latest event handler and sender are used without restarting the query on every render.
  const latest = useRef({ event, options });
  latest.current = { event, options };
  // Inputs are compared by value: a caller's `{ window: 3 }` literal is new at every render.
  const inputKey = input === null ? null : JSON.stringify(input);
  const eventName = event === null ? null : typeof event === 'string' ? event : event.name;
  const applies = event !== null && typeof event !== 'string';
  const dropWhenOffline = options.dropWhenOffline ?? false;

  useEffect(() => {
    setState({ value: null, error: null });
    if (inputKey === null) return;
    const follow: LiveEvent<K, E> | null =
      eventName === null
        ? null
        : applies
          ? { name: eventName, apply: (pushed) => (latest.current.event as Exclude<LiveEvent<K, E>, E>).apply(pushed) }
          : eventName;
    const query = followLiveQuery(
      hall,
      {
        command,
        input: JSON.parse(inputKey) as Input<K>,
        event: follow,
        send: (name, value) => (latest.current.options.send ?? ((n, i) => hall.send(n, i)))(name, value),
        dropWhenOffline,
      },
      setState,
    );
    handle.current = query;
    return () => {
      query.stop();
      if (handle.current === query) handle.current = null;
    };
  }, [hall, command, inputKey, eventName, applies, dropWhenOffline]);

  const reload = useCallback(() => handle.current?.reload() ?? Promise.resolve(), []);
  return { ...state, reload };
}
