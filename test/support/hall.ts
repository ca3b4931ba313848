// Test helpers: a demo hall in a fresh temporary folder with a manual clock, and login shortcuts.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HallError, IssuedTicket, PriorityClass, Session } from '../../electron/contract';
import { ManualClock } from '../../electron/core/clock';
import type { HallOptions } from '../../electron/core/hall';
import { openInspectableHall, type InspectableHall } from '../../electron/core/inspectable-hall';
import type { Principal } from '../../electron/core/principal';
import type { TicketRow, WindowRow } from '../../electron/core/rows';
import type { HallSettings } from '../../electron/core/settings';

/** 2026-11-23 09:00 in Asia/Shanghai (a Monday). */
export const MONDAY_9AM = Date.parse('2026-11-23T09:00:00+08:00');

export interface TestHall {
  hall: InspectableHall;
  clock: ManualClock;
  dataDir: string;
  /** Close and open the same data folder again, as after a restart of the hall PC. */
  reopen(): InspectableHall;
  cleanup(): void;
}

export function makeTempDir(prefix = 'tongban-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh demo hall, seeded in a new temporary folder. */
export function openTestHall(start = MONDAY_9AM, options: TestHallOptions = {}): TestHall {
  return testHallIn(makeTempDir(), start, options);
}

/** What a test may set of the hall's options: the pace of its long reads (support/read-gate.ts). */
export type TestHallOptions = Pick<HallOptions, 'readPace'>;

function testHallIn(dataDir: string, start: number, options: TestHallOptions = {}): TestHall {
  const clock = new ManualClock(start);
  const silent = () => {};
  const state: TestHall = {
    hall: openInspectableHall({ dataDir, demo: true, clock, log: silent, ...options }),
    clock,
    dataDir,
    reopen() {
      state.hall.close();
      state.hall = openInspectableHall({ dataDir, demo: true, clock, log: silent, ...options });
      return state.hall;
    },
    cleanup() {
      try {
        state.hall.close();
      } catch {
        // already closed
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return state;
}

/** Runs a command and returns its value, failing the test with the hall's error otherwise. */
export function run(hall: InspectableHall, name: string, input: unknown, session: Session | null = null): any {
  const result = hall.dispatch(name, input, session);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export function login(hall: InspectableHall, user: string, pin = user === 'admin' ? '000000' : user === 'kiosk' ? '8888' : '1234'): Session {
  return run(hall, 'auth.login', { user, pin }) as Session;
}

// ---- helpers added for the core tests ----

/** Runs a command that must fail and returns its error, failing the test if it succeeded. */
/** The refusal of a command sent by a session (over a transport) or by an in-process device principal. */
export function refuse(hall: InspectableHall, name: string, input: unknown, sender: Session | Principal | null = null): HallError {
  const result = sender && 'kind' in sender ? hall.send(name as never, input as never, sender) : hall.dispatch(name, input, sender);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
  return result.error;
}

/** Logs a clerk (or the admin) in and signs them in at a window. */
export function staff(hall: InspectableHall, user: string, window: number): Session {
  const session = login(hall, user);
  run(hall, 'window.signIn', { window }, session);
  return session;
}

export function issue(hall: InspectableHall, kiosk: Session, serviceId: string, priority?: PriorityClass): IssuedTicket {
  return run(hall, 'tickets.issue', priority ? { serviceId, priority } : { serviceId }, kiosk) as IssuedTicket;
}

export interface EventRow {
  id: number;
  at: number;
  business_day: string;
  type: string;
  ticket_id: number | null;
  window_no: number | null;
  user_id: string | null;
  data: Record<string, unknown>;
}

/** Rows of the append-only events table after the given id, oldest first. */
export function eventsAfter(hall: InspectableHall, afterId = 0): EventRow[] {
  const rows = hall.db.prepare('SELECT * FROM events WHERE id > ? ORDER BY id').all(afterId) as (Omit<EventRow, 'data'> & { data: string })[];
  return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as Record<string, unknown> }));
}

export function lastEventId(hall: InspectableHall): number {
  return (hall.db.prepare('SELECT coalesce(max(id), 0) AS id FROM events').get() as { id: number }).id;
}

export function ticketRow(hall: InspectableHall, id: number): TicketRow {
  return hall.db.prepare('SELECT * FROM tickets WHERE id = ?').get(id) as TicketRow;
}

export function windowRow(hall: InspectableHall, number: number): WindowRow {
  return hall.db.prepare('SELECT * FROM windows WHERE number = ?').get(number) as WindowRow;
}

/** Every row of the tables a command may change, to show that a refused command changed none. */
export function snapshot(hall: InspectableHall): string {
  const tables = ['tickets', 'windows', 'duty', 'events', 'sessions'];
  return JSON.stringify(tables.map((t) => hall.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
}

/** Changes hall settings as a manager would: through the hall's store, live (no restart). */
export function withSettings(t: TestHall, values: Partial<HallSettings>): InspectableHall {
  t.hall.settings.update(values);
  return t.hall;
}

export const MINUTE = 60_000;

let seededTemplate: string | undefined;

/**
 * Like openTestHall, but copies a demo database seeded once per test process instead of seeding
 * (hashing six PINs with scrypt) for every test: the same hall, a few hundred milliseconds sooner.
 */
export function openSeededHall(start = MONDAY_9AM): TestHall {
  if (!seededTemplate || !existsSync(join(seededTemplate, 'tongban.db'))) {
    seededTemplate = makeTempDir('tongban-template-');
    openInspectableHall({ dataDir: seededTemplate, demo: true, clock: new ManualClock(start), log: () => {} }).close();
    process.once('exit', () => rmSync(seededTemplate!, { recursive: true, force: true }));
  }
  const dataDir = makeTempDir();
  for (const file of readdirSync(seededTemplate)) copyFileSync(join(seededTemplate, file), join(dataDir, file));
  return testHallIn(dataDir, start);
}
