// "Fetch on connect, then follow pushes", without React: asks `command` whenever the link to the hall
// comes up, and on every `event` either asks again or takes the pushed data as the answer. Only the
// newest answer counts (a slower, older one is dropped), and nothing is reported after stop().
// useLiveQuery wraps it for components; it is apart so it can be tested without a DOM.
import type { CommandName, EventName, HallError, HallEvents, Input, Output, Result } from '../../../electron/contract';
import type { HallClient } from '../client/hall-client';

/** A pushed event: ask again on each one (just the name), or take what it carries (`apply`; undefined: not for this query). */
export type LiveEvent<K extends CommandName, E extends EventName> = E | { name: E; apply(pushed: HallEvents[E]): Output<K> | undefined };

export interface LiveQuerySpec<K extends CommandName, E extends EventName> {
  command: K;
  input: Input<K>;
  event: LiveEvent<K, E> | null;
  /** How to send (default: client.send); the admin page sends through its runner to show failures. */
  send?: (name: K, input: Input<K>) => Promise<Result<Output<K>>>;
  /** Forget the answer while the link is down (a pad must not show a rating prompt it cannot follow). */
  dropWhenOffline?: boolean;
}

export interface LiveQueryState<K extends CommandName> {
  value: Output<K> | null;
  error: HallError | null;
}

export interface LiveQueryHandle {
  /** Asks again now (e.g. right after the user's own action); resolves when the answer is in. */
  reload(): Promise<void>;
  stop(): void;
}

export function followLiveQuery<K extends CommandName, E extends EventName>(
  client: HallClient,
  spec: LiveQuerySpec<K, E>,
  onChange: (state: LiveQueryState<K>) => void,
): LiveQueryHandle {
  let state: LiveQueryState<K> = { value: null, error: null };
  let asked = 0;
  let stopped = false;
  let connected = false;
  const set = (next: LiveQueryState<K>) => {
    state = next;
    if (!stopped) onChange(state);
  };
  const send = spec.send ?? ((name, input) => client.send(name, input));

  const reload = async () => {
    const ticket = ++asked;
    const result = await send(spec.command, spec.input);
    if (stopped || ticket !== asked) return; // stopped, or a newer answer is on its way
    set(result.ok ? { value: result.value, error: null } : { value: state.value, error: result.error });
  };

  const offConnection = client.onConnection((connection) => {
    const wasConnected = connected;
    connected = connection === 'connected';
    if (connected && !wasConnected) void reload();
    if (!connected && wasConnected && spec.dropWhenOffline) {
      asked++;
      set({ value: null, error: null });
    }
  });
  const event = spec.event;
  const offEvent =
    event === null
      ? () => {}
      : typeof event === 'string'
        ? client.on(event, () => void reload())
        : client.on(event.name, (pushed) => {
            const value = event.apply(pushed);
            if (value === undefined) return;
            asked++; // the push is newer than any answer still on its way
            set({ value, error: null });
          });

  return {
    reload,
    stop() {
      stopped = true;
      offConnection();
      offEvent();
    },
  };
}
