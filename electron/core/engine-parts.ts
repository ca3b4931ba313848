// What the queue engine shares with the two halves of a window's work (window-duty.ts: who holds the
// window; window-tickets.ts: the ticket at it). One object, built once by the engine.
import type { CallView, Role } from '../contract';
import type { Clock } from './clock';
import type { CoreSettings } from './settings';
import type { statementCache } from './db';
import type { HallConfig } from './hall-config';
import type { Candidate, CallPolicy } from './policy';
import type { QueueCounts } from './queue-counts';
import type { Reach } from './queue-heads';
import type { QueueRows } from './queue-rows';
import type { WindowRow } from './rows';
import type { TicketHooks } from './ticket-hooks';

export interface Actor {
  user: string;
  role: Role;
}

export interface EngineParts {
  readonly rows: QueueRows;
  readonly config: HallConfig;
  readonly clock: Clock;
  readonly sql: ReturnType<typeof statementCache>;
  readonly counts: QueueCounts;
  readonly hooks: TicketHooks;
  readonly settings: CoreSettings;
  /** One transaction; the in-memory counts are rebuilt if it rolls back. */
  tx<T>(fn: () => T): T;
  /** Several operations as one transaction, the listeners told after it committed. */
  atomically<T>(fn: () => T): T;
  /** Tells the hall's listeners (after the commit of a running atomic operation). */
  changed(): void;
  called(call: CallView): void;
  day(): string;
  rollover(): boolean;
  policy(): CallPolicy;
  /** The heads of the queues of these services that this reach may be offered. */
  candidates(serviceIds: readonly string[], reach: Reach): Candidate[];
  reach(windowNo: number): Reach;
  staffedWindow(windowNo: number, actor: Actor): WindowRow;
}
