// What a capability is: a folder that declares its settings slice, migrations and HTTP routes, and
// starts its parts on the hall's shared context (database, clock, settings store, scheduler, log,
// events), returning its command handlers and what later capabilities may use of it. The composition
// root (hall.ts) starts them in the order of the registry (capabilities.ts); the registry's type
// refuses a capability whose needs the ones before it do not provide.
import type { BackupTuning } from '../backup/service';
import { commandNames, mergeUnique, type CommandName, type EventName, type HallEvent, type HallEvents } from '../contract';
import type { HallLogger } from '../log/hall-logger';
import type { Clock } from './clock';
import type { Db } from './db';
import type { Handlers } from './handler-types';
import type { Migration } from '../shared/migrate';
import type { Scheduler } from './scheduler';
import type { queueSettings } from './settings';
import type { SettingSpecs, SettingsStore } from './settings-store';

/** One HTTP path of the API, mapped to one command (docs/API.md lists them all; a test checks it). */
export interface Route {
  method: 'GET' | 'POST';
  path: string;
  command: CommandName;
  /** Status on success (201 for creations). */
  status?: number;
}

export type Emit = <K extends EventName>(name: K, data: HallEvents[K]) => void;

/** What every capability is started with; `settings` is typed to its own slice and the hall's basics. */
export interface HallContext<S extends SettingSpecs> {
  db: Db;
  clock: Clock;
  /** The hall's data folder (tongban.db lives there). */
  dataDir: string;
  demo: boolean;
  settings: SettingsStore<S & typeof queueSettings>;
  scheduler: Scheduler;
  log: HallLogger;
  /** Pushes an event to every client (WebSocket, IPC) and in-process subscriber. */
  emit: Emit;
  /** Whether anybody listens (a capability may skip building a push nobody hears). */
  listening(): boolean;
  /** Hears every event the hall pushes (e.g. another capability's ticket.called); not counted by listening(). */
  subscribe(listener: (event: HallEvent) => void): () => void;
  /** Tests: how a capability runs (step sizes, a fake disk). */
  tuning: { backup?: BackupTuning };
  /** Where the worker threads' built entries are (HallOptions.builtDir); null from source. */
  builtDir: string | null;
}

export interface Started<Provides> {
  /** What later capabilities may use (named in their Needs). */
  provides: Provides;
  /** Its commands' handlers; every command of the contract has exactly one, checked at start-up. */
  handlers: Partial<Handlers>;
  close?(): void;
}

export interface Capability<Needs extends object, Provides extends object, S extends SettingSpecs> {
  readonly name: string;
  /** Its settings slice: one key of the settings table each, the schema holding the default. */
  readonly settings: S;
  readonly migrations: readonly Migration[];
  readonly routes: readonly Route[];
  start(ctx: HallContext<S>, needs: Needs): Started<Provides>;
}

export type AnyCapability = Capability<any, any, any>;

/** The capabilities in start order; `add` type-checks each one's needs against what came before. */
export class CapabilityList<Have extends object, Specs extends SettingSpecs> {
  /** Types only (never set): what the list provides and its settings, for PartsOf and SpecsOf. */
  declare readonly types?: { have: Have; specs: Specs };

  private constructor(readonly all: readonly AnyCapability[]) {}

  static start(): CapabilityList<object, Record<never, never>> {
    return new CapabilityList([]);
  }

  add<N extends object, P extends object, S extends SettingSpecs>(
    capability: Capability<N, P, S> & (Have extends N ? unknown : { missingNeeds: Exclude<keyof N, keyof Have> }),
  ): CapabilityList<Have & P, Specs & S> {
    return new CapabilityList<Have & P, Specs & S>([...this.all, capability]);
  }
}

/** The parts a whole list provides, once started. */
export type PartsOf<L> = L extends CapabilityList<infer Have, infer _Specs> ? Have : never;
/** Every setting of a whole list, key by key. */
export type SpecsOf<L> = L extends CapabilityList<infer _Have, infer Specs> ? Specs : never;

/** The capabilities' handler maps as one: a command handled twice, or by none, fails at start-up. */
export function joinHandlers(maps: readonly Partial<Handlers>[]): Handlers {
  const handlers = mergeUnique('handler', ...maps) as Handlers;
  const unhandled = commandNames.filter((name) => !Object.hasOwn(handlers, name));
  if (unhandled.length > 0) throw new Error(`no capability handles ${unhandled.join(', ')}`);
  return handlers;
}
