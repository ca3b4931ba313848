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
  isPacedCommand,
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
import type { Db } from './db';
import type { HandlerContext, Handlers, PacedContext } from './handler-types';
import { runPaced, runThrough, type Steps } from './steps';
import { checkDeviceMay, fixedActor, roleOf, type Principal } from './principal';

export type Dispatch = (name: string, input: unknown, session: Session | null) => Result<unknown>;
export type Run = (name: string, input: unknown, principal: Principal | null) => Result<unknown>;
/** The same door for a long read: answered once its steps are done (createPacedRun). */
export type PacedRun = (name: string, input: unknown, principal: Principal | null) => Promise<Result<unknown>>;
/** `principal` null: a public command (auth.login) from someone not logged in. */
export type Send = <K extends CommandName>(name: K, input: Input<K>, principal: Principal | null) => Result<Output<K>>;

export interface DispatchParts {
  handlers: Handlers;
  /** The hall's connection: a long read run straight through reads through it (null: tests of the door alone). */
  db: Db | null;
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

type Admitted = { name: CommandName; input: unknown; ctx: HandlerContext };

/** The door's checks before a handler runs: a known name, the sender's access, the input, the actor. */
function admit(parts: DispatchParts, name: string, input: unknown, principal: Principal | null): Result<Admitted> {
  if (!isCommandName(name)) return fail('not_found', `unknown command: ${name}`);
  const refused = refusal(name, principal);
  if (refused) return refused;
  const parsed = parseInput(name, input);
  if (!parsed.ok) return parsed;
  try {
    let actor: Actor | null = null;
    if (principal) {
      if (principal.kind !== 'session') checkDeviceMay(principal, name, (parsed.value as { window?: unknown }).window);
      actor = principal.kind === 'keypad' ? parts.keypadActor(principal.window) : fixedActor(principal);
    }
    return ok({ name, input: parsed.value, ctx: { principal, actor } });
  } catch (error) {
    return faultOf(parts, name, error);
  }
}

function faultOf(parts: Pick<DispatchParts, 'log'>, name: string, error: unknown): Result<never> {
  if (error instanceof HallFault) return failOf(error);
  parts.log(`command ${name} failed`, error);
  return fail('internal', 'internal error; the hall log has the details');
}

/** A handler as the door calls it: a long read's is given a PacedContext. */
type AnyHandler = (input: unknown, ctx: HandlerContext | PacedContext) => unknown;

/** Every command straight through; a long read's steps on the hall's own connection (in-process callers, tests). */
export function createRun(parts: DispatchParts): Run {
  return (name, input, principal) => {
    const admitted = admit(parts, name, input, principal);
    if (!admitted.ok) return admitted;
    const a = admitted.value;
    try {
      const handler = parts.handlers[a.name] as AnyHandler;
      if (!isPacedCommand(a.name)) return ok(handler(a.input, a.ctx));
      if (!parts.db) throw new Error(`${a.name} reads the store, and this door has none`);
      return ok(runThrough(handler(a.input, { ...a.ctx, reader: parts.db }) as Steps<unknown>));
    } catch (error) {
      return faultOf(parts, a.name, error);
    }
  };
}

export interface PacedParts extends DispatchParts {
  db: Db;
  /** A read-only snapshot of the hall's database for one long read, closed with `close`. */
  openReader(): { reader: Db; close(): void };
  /** Waited on between two steps (the next turn of the event loop; it throws once the hall has closed). */
  between(): Promise<void>;
  /** Long reads that step at once; more wait their turn (N at once would run N steps in each turn). */
  maxRunning: number;
}

/**
 * The transports' door for a long read (isPacedCommand): the same checks, then its steps on a snapshot
 * of its own, the hall answering everyone else between them. Any other command runs straight through.
 */
export function createPacedRun(parts: PacedParts): PacedRun {
  const run = createRun(parts);
  const turn = queueOf(parts.maxRunning);
  return async (name, input, principal) => {
    if (!isPacedCommand(name)) return run(name, input, principal);
    const admitted = admit(parts, name, input, principal);
    if (!admitted.ok) return admitted;
    const a = admitted.value;
    const done = await turn();
    let reader: ReturnType<PacedParts['openReader']> | null = null;
    try {
      reader = parts.openReader();
      // The snapshot is the moment asked; the reading starts a turn later, after what came with it.
      await parts.between();
      const steps = (parts.handlers[a.name] as AnyHandler)(a.input, { ...a.ctx, reader: reader.reader }) as Steps<unknown>;
      return ok(await runPaced(steps, parts.between));
    } catch (error) {
      return faultOf(parts, a.name, error);
    } finally {
      reader?.close();
      done();
    }
  };
}

/** At most `max` holders at once; the others wait in order. Resolves with the release. */
function queueOf(max: number): () => Promise<() => void> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return () => {
    if (running < max) {
      running++;
      return Promise.resolve(release);
    }
    return new Promise((resolve) => waiting.push(() => resolve(release)));
  };
}

/** The sender a token's session is (null: not logged in). */
export const sessionPrincipal = (session: Session | null): Principal | null => (session ? { kind: 'session', session } : null);

/** The transports' door: the sender is the session its token stands for (null: not logged in). */
export const dispatchOf =
  (run: Run): Dispatch =>
  (name, input, session) =>
    run(name, input, sessionPrincipal(session));

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
  return dispatchOf(createRun({ handlers, keypadActor: noKeypads, log, db: null }));
}
