// Builds the batch of one closed business day from the hall's store: every ticket of the day (with
// its final state), its closed ratings, the follow-up steps recorded that day, the duty records and the
// managers' configuration changes of the day (the audit trail, append-only), then
// splits it into chunks. Deterministic for a closed day, so a rebuilt chunk is byte-identical and
// its idempotency key stays valid across restarts. Free text (a 差评's text, follow-up notes) is masked
// for phone and ID numbers unless the day's text mode is 'verbatim' (docs/SYNC.md).
import type { Db } from '../core/db';
import type { TicketRow } from '../core/rows';
import { businessDayOf } from '../core/clock';
import { formatHallTime } from '../shared/hall-time';
import type { BatchAudit, BatchDuty, BatchFollowUpStep, BatchRating, BatchTicket, DayBatch } from './batch-schema';
import { maskPersonalNumbers } from './mask';
import { upstreamAppointments } from '../appointments/upstream';
import type { TextMode } from './sync-store';

export interface BuildOptions {
  hallId: string;
  timeZone: string;
  /** At most this many records (tickets + ratings + steps + duty + audit) per chunk. */
  chunkSize: number;
  /** Default 'masked': phone and ID numbers in free text are masked. */
  textMode?: TextMode;
}

type FreeText = (text: string) => string;
const freeTextOf = (mode: TextMode = 'masked'): FreeText => (mode === 'verbatim' ? (text) => text : maskPersonalNumbers);

/** `yyyy-MM-dd HH:mm:ss` in the hall's time zone. */
export function localTimeOf(ms: number, timeZone: string): string {
  return formatHallTime(ms, 'dateTimeSeconds', timeZone);
}

function tickets(db: Db, day: string, tz: string): BatchTicket[] {
  const time = (ms: number | null) => (ms === null ? null : localTimeOf(ms, tz));
  const rows = db.prepare('SELECT * FROM tickets WHERE business_day = ? ORDER BY id').all(day) as TicketRow[];
  const appointments = upstreamAppointments(db, day, tz); // names and phones only if the hall sends them
  return rows.map((r) => ({
    ticketId: r.id,
    ticketNo: r.number,
    serviceId: r.service_id,
    priority: r.priority,
    state: r.state,
    issueTime: localTimeOf(r.issued_at, tz),
    callTime: time(r.called_at),
    startTime: time(r.started_at),
    finishTime: time(r.finished_at),
    windowNo: r.window_no,
    clerkNo: r.clerk_id,
    itemCode: r.item_code,
    outcome: r.outcome,
    recalls: r.recalls,
    transferredFromId: r.transferred_from,
    ...(appointments.has(r.id) ? { appointment: appointments.get(r.id) } : {}),
  }));
}

function duty(db: Db, day: string, tz: string): BatchDuty[] {
  const rows = db.prepare('SELECT * FROM duty WHERE business_day = ? ORDER BY id').all(day) as {
    user_id: string;
    window_no: number;
    signed_in_at: number;
    signed_out_at: number | null;
  }[];
  return rows.map((r) => ({
    clerkNo: r.user_id,
    windowNo: r.window_no,
    signIn: localTimeOf(r.signed_in_at, tz),
    signOut: r.signed_out_at === null ? null : localTimeOf(r.signed_out_at, tz),
  }));
}

/** Keys of a configuration entry that stay in the hall: a clerk's photo is neither needed upstream nor small. */
const KEPT_HOME = new Set(['photo']);
const upstreamValue = (json: string | null): unknown =>
  json === null ? null : JSON.parse(json, (key, value: unknown) => (KEPT_HOME.has(key) && value !== null ? '(kept in the hall)' : value));

function audit(db: Db, day: string, tz: string): BatchAudit[] {
  const rows = db.prepare('SELECT * FROM audit WHERE business_day = ? ORDER BY id').all(day) as {
    id: number;
    at: number;
    user_id: string;
    action: string;
    target: string | null;
    before: string | null;
    after: string | null;
  }[];
  return rows.map((r) => ({
    auditId: r.id,
    time: localTimeOf(r.at, tz),
    by: r.user_id,
    action: r.action,
    target: r.target,
    before: upstreamValue(r.before),
    after: upstreamValue(r.after),
  }));
}

const PF = { pad: 4, keypad: 5 } as const;

/** The day's closed ratings (a rating still awaited at day end was closed by its timeout). */
function ratings(db: Db, day: string, tz: string, free: FreeText): BatchRating[] {
  const rows = db.prepare("SELECT * FROM ratings WHERE business_day = ? AND status <> 'awaiting' ORDER BY id").all(day) as {
    ticket_id: number;
    number: string;
    service_id: string;
    item_code: string | null;
    window_no: number;
    clerk_id: string | null;
    status: 'rated' | 'not_rated' | 'defaulted';
    channel: 'pad' | 'keypad';
    level: number | null;
    reasons: string;
    text: string | null;
    rated_at: number;
    review_kind: string | null;
  }[];
  return rows.map((r) => ({
    ticketId: r.ticket_id,
    ticketNo: r.number,
    serviceId: r.service_id,
    itemCode: r.item_code,
    windowNo: r.window_no,
    clerkNo: r.clerk_id,
    pf: PF[r.channel],
    satisfaction: r.level,
    reasonCodes: JSON.parse(r.reasons) as string[],
    text: r.text === null ? null : free(r.text),
    assessTime: localTimeOf(r.rated_at, tz),
    underReview: r.review_kind !== null,
  }));
}

/** Follow-up steps recorded on this day (a case opened on one day is worked on later ones). */
function followUpSteps(db: Db, day: string, tz: string, free: FreeText): BatchFollowUpStep[] {
  const rows = db
    .prepare(
      `SELECT s.followup_id, s.step, s.user_id, s.at, s.notes, r.number FROM followup_steps s
       JOIN followups f ON f.id = s.followup_id JOIN ratings r ON r.id = f.rating_id ORDER BY s.at, s.followup_id`,
    )
    .all() as { followup_id: number; step: string; user_id: string; at: number; notes: string; number: string }[];
  return rows
    .filter((r) => businessDayOf(r.at, tz) === day)
    .map((r) => ({ caseId: r.followup_id, ticketNo: r.number, step: r.step, by: r.user_id, time: localTimeOf(r.at, tz), note: free(r.notes) }));
}

type Lists = Pick<DayBatch, 'tickets' | 'ratings' | 'followUpSteps' | 'duty' | 'audit'>;
const LIST_KEYS = ['tickets', 'ratings', 'followUpSteps', 'duty', 'audit'] as const;
const noLists = (): Lists => ({ tickets: [], ratings: [], followUpSteps: [], duty: [], audit: [] });

/** The whole day's records, before chunking. */
export function dayRecords(db: Db, day: string, timeZone: string, textMode?: TextMode): Lists {
  const free = freeTextOf(textMode);
  return {
    tickets: tickets(db, day, timeZone),
    ratings: ratings(db, day, timeZone, free),
    followUpSteps: followUpSteps(db, day, timeZone, free),
    duty: duty(db, day, timeZone),
    audit: audit(db, day, timeZone),
  };
}

export function buildDayBatches(db: Db, day: string, options: BuildOptions): DayBatch[] {
  const all = dayRecords(db, day, options.timeZone, options.textMode);
  const totals = Object.fromEntries(LIST_KEYS.map((key) => [key, all[key].length])) as DayBatch['totals'];
  const chunks: Lists[] = [];
  let current = noLists();
  let size = 0;
  for (const key of LIST_KEYS) {
    for (const record of all[key] as unknown[]) {
      if (size === options.chunkSize) {
        chunks.push(current);
        current = noLists();
        size = 0;
      }
      (current[key] as unknown[]).push(record);
      size++;
    }
  }
  chunks.push(current);
  return chunks.map((lists, index) => ({
    schema: 'tongban.day-batch',
    version: 2,
    hallId: options.hallId,
    businessDay: day,
    chunk: { index, count: chunks.length },
    totals,
    ...lists,
  }));
}

/**
 * Closed business days that have anything to send, oldest first: every change writes an event row (or,
 * for a manager's change of the configuration, an audit row). A day
 * with a rating still awaited (its timeout not yet closed it, e.g. just after midnight) waits until that
 * closes: its batch would change between two attempts and its idempotency keys would no longer hold.
 */
export function closedDays(db: Db, today: string): string[] {
  const rows = db
    .prepare(
      `SELECT business_day FROM (SELECT business_day FROM events UNION SELECT business_day FROM audit) WHERE business_day < ?
         AND business_day NOT IN (SELECT business_day FROM ratings WHERE status = 'awaiting')
       ORDER BY business_day`,
    )
    .all(today) as { business_day: string }[];
  return rows.map((r) => r.business_day);
}
