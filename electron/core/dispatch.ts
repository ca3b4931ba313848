// The one door into the core: checks the command name, the sender's access and the input, runs the
// handler, and turns every failure into data. Two faces: `dispatch` for the transports (IPC,
// WebSocket, HTTP: a name and input off the wire, the session of a token) and the typed `send<K>`
// for in-process callers (the hall's own devices, tests), which name an explicit principal.
import {
  commands,
  fail,
  failOf,
  HallFault,
  isCommandName,
  ok,
  type CommandName,
  type ConflictReason,
  type Input,
  type Output,
  type ParsedInput,
  type Result,
  type Session,
} from '../contract';
import type { Actor } from './engine-parts';
import type { Handlers } from './handler-types';
import { checkDeviceMay, fixedActor, roleOf, type Principal } from './principal';

export type Dispatch = (name: string, input: unknown, session: Session | null) => Result<unknown>;
export type Run = (name: string, input: unknown, principal: Principal | null) => Result<unknown>;
/** `principal` null: a public command (auth.login) from someone not logged in. */
export type Send = <K extends CommandName>(name: K, input: Input<K>, principal: Principal | null) => Result<Output<K>>;

export interface DispatchParts {
  handlers: Handlers;
  /** The clerk a desk keypad acts for: whoever is signed in at its window (refused when nobody is). */
  keypadActor(window: number): Actor;
  log(message: string, error: unknown): void;
}

function refusal(name: CommandName, principal: Principal | null): Result<never> | null {
  const spec = commands[name];
  if (spec.access === 'public') return null;
  if (!principal) return fail('unauthenticated', 'log in first');
  const role = roleOf(principal);
  if (role === null || role === 'admin' || spec.access.includes(role)) return null; // window devices: checked after parsing
  return fail('forbidden', `a ${role} may not ${name}`, undefined, (spec as { refusal?: ConflictReason }).refusal);
}

/** A command's input checked against the contract: the parsed input, or bad_request naming the field. */
export function parseInput<K extends CommandName>(name: K, input: unknown): Result<ParsedInput<K>> {
  const parsed = commands[name].input.safeParse(input ?? {});
  if (parsed.success) return ok(parsed.data as ParsedInput<K>);
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : '');
  return fail('bad_request', `${field ? `${field}: ` : ''}${issue.message}`, field || undefined);
}

export function createRun({ handlers, keypadActor, log }: DispatchParts): Run {
  return (name, input, principal) => {
    if (!isCommandName(name)) return fail('not_found', `unknown command: ${name}`);
    const refused = refusal(name, principal);
    if (refused) return refused;
    const parsed = parseInput(name, input);
    if (!parsed.ok) return parsed;
    try {
      let actor: Actor | null = null;
      if (principal) {
        if (principal.kind !== 'session') checkDeviceMay(principal, name, (parsed.value as { window?: unknown }).window);
        actor = principal.kind === 'keypad' ? keypadActor(principal.window) : fixedActor(principal);
      }
      const handler = handlers[name] as (input: unknown, ctx: { principal: Principal | null; actor: Actor | null }) => unknown;
      return ok(handler(parsed.value, { principal, actor }));
    } catch (error) {
      if (error instanceof HallFault) return failOf(error);
      log(`command ${name} failed`, error);
      return fail('internal', 'internal error; the hall log has the details');
    }
  };
}

/** The transports' door: the sender is the session its token stands for (null: not logged in). */
export const dispatchOf =
  (run: Run): Dispatch =>
  (name, input, session) =>
    run(name, input, session ? { kind: 'session', session } : null);

/** The in-process door, typed from the contract: the name decides the input and the result. */
export const sendOf =
  (run: Run): Send =>
  (name, input, principal) =>
    run(name, input, principal) as Result<Output<typeof name>>;

/** A transports' door straight from a handler map (tests of the door alone: no window devices). */
export function createDispatch(handlers: Handlers, log: DispatchParts['log']): Dispatch {
  const noKeypads = (window: number): Actor => {
    throw new HallFault('conflict', `no desk keypad at window ${window}`);
  };
  return dispatchOf(createRun({ handlers, keypadActor: noKeypads, log }));
}
