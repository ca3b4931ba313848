// The xlsx export's 明细 sheet: one row per ticket of the range (business day, number, service, window,
// clerk, issued / first called / finished in the hall's time, wait and handling seconds as the report
// counts them, state, rating). Nothing personal of a resident. Tickets are iterated (never all loaded);
// each one's first issue and call come from the summary's pass over the events (FirstTimes); every
// `chunkRows` rows the writer reports its progress, waits for the zip to catch up and on `between`.
import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type ExcelJS from 'exceljs';
import { TZDate } from '@date-fns/tz';
import { STEP_ROWS, type Steps } from '../core/steps';
import { shiftDay } from '../shared/calendar/working-days';
import type { FirstTimes } from './first-times';
import { handleSeconds, wholeSeconds } from './kpi';
import { openSheet, type CellKind } from './xlsx-sheets';

/** A ticket row as the statement steps it (raw arrays: half a million rows a year, no object each). */
type TicketRow = [
  id: number,
  businessDay: string,
  number: string,
  serviceId: string,
  windowNo: number | null,
  clerkId: string | null,
  state: string,
  issuedAt: number,
  finishedAt: number | null,
  ratingStatus: string | null,
  ratingLevel: number | null,
  startedAt: number | null,
  lastCalledAt: number | null,
];

export interface TicketSheetOptions {
  timeZone: string;
  chunkRows: number;
  between(): Promise<void>;
  onRows?(written: number): void | Promise<void>;
}

/** Excel's serial day number of an instant as the hall's wall clock shows it (offset cached per quarter hour). */
function excelTime(timeZone: string): (ms: number) => number {
  const offsets = new Map<number, number>();
  return (ms) => {
    const quarter = Math.floor(ms / 900_000);
    let offset = offsets.get(quarter);
    if (offset === undefined) offsets.set(quarter, (offset = -new TZDate(ms, timeZone).getTimezoneOffset() * 60_000));
    return (ms + offset) / 86_400_000 + 25_569;
  };
}

/**
 * The range's tickets, counted in their rowid range (as report-facts reads them: business_day alone
 * has no index), as steps: the span a day at a time, the count a stretch of ids at a time.
 */
export function* ticketCountSteps(db: Database, from: string, to: string): Steps<number> {
  const spanOfDay = db.prepare("SELECT min(ticket_id) AS lo, max(ticket_id) AS hi FROM events WHERE business_day = ? AND type = 'ticket.issued'");
  let lo = Infinity;
  let hi = -Infinity;
  for (let day = from; day <= to; day = shiftDay(day, 1)) {
    const span = spanOfDay.get(day) as { lo: number | null; hi: number | null };
    if (span.lo !== null && span.hi !== null) [lo, hi] = [Math.min(lo, span.lo), Math.max(hi, span.hi)];
    yield;
  }
  const count = db.prepare('SELECT COUNT(*) FROM tickets WHERE id BETWEEN ? AND ? AND business_day BETWEEN ? AND ?').pluck();
  let tickets = 0;
  for (let id = lo; id <= hi; id += COUNT_STRETCH) {
    tickets += count.get(id, Math.min(hi, id + COUNT_STRETCH - 1), from, to) as number;
    yield;
  }
  return tickets;
}

/** Ids counted in one step (a count reads ~10× faster than a report's row). */
const COUNT_STRETCH = 10 * STEP_ROWS;

export async function writeTicketSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  db: Database,
  range: { from: string; to: string },
  firsts: FirstTimes,
  t: TFunction,
  options: TicketSheetOptions,
): Promise<number> {
  const h = (key: string) => t(`reportsXlsx.tickets.${key}`);
  const columns: { key: string; kind: CellKind; width: number }[] = [
    { key: 'day', kind: 'text', width: 12 },
    { key: 'number', kind: 'text', width: 8 },
    { key: 'service', kind: 'text', width: 8 },
    { key: 'window', kind: 'count', width: 8 },
    { key: 'clerk', kind: 'text', width: 8 },
    { key: 'issued', kind: 'time', width: 20 },
    { key: 'called', kind: 'time', width: 20 },
    { key: 'finished', kind: 'time', width: 20 },
    { key: 'waitSeconds', kind: 'seconds', width: 12 },
    { key: 'handleSeconds', kind: 'seconds', width: 12 },
    { key: 'state', kind: 'text', width: 10 },
    { key: 'rating', kind: 'text', width: 10 },
  ];
  const sheet = openSheet(
    wb,
    h('sheet'),
    columns.map((c) => ({ header: h(c.key), kind: c.kind, width: c.width })),
  );
  const time = excelTime(options.timeZone);
  const states = new Map<string, string>();
  const stateName = (state: string) => states.get(state) ?? (states.set(state, t(`reportsXlsx.state.${state}`)), states.get(state)!);
  const notRated = h('notRated');
  // The rowid range of the range's tickets (report-facts.ts says why), in the table's own order: no
  // sort of a year's rows before the first one comes out.
  const span = firsts.issuedSpan;
  const tickets = db
    .prepare(
      `SELECT t.id, t.business_day, t.number, t.service_id, t.window_no, t.clerk_id, t.state, t.issued_at, t.finished_at,
              r.status AS rating_status, r.level AS rating_level, t.started_at, t.called_at
       FROM tickets t LEFT JOIN ratings r ON r.ticket_id = t.id
       WHERE t.id BETWEEN ? AND ? AND t.business_day BETWEEN ? AND ? ORDER BY t.id`,
    )
    .raw()
    .iterate(span?.lo ?? 0, span?.hi ?? -1, range.from, range.to) as IterableIterator<TicketRow>;
  const defaulted = new Map<number | null, string>();
  const defaultedName = (level: number | null) =>
    defaulted.get(level) ?? (defaulted.set(level, t('reportsXlsx.tickets.defaulted', { level })), defaulted.get(level)!);
  let written = 0;
  for (const [
    id,
    businessDay,
    number,
    serviceId,
    windowNo,
    clerkId,
    state,
    issuedAt,
    finishedAt,
    ratingStatus,
    ratingLevel,
    startedAt,
    lastCalledAt,
  ] of tickets) {
    const firstIssued = firsts.issuedAt(id);
    const firstCalled = firsts.calledAt(id);
    const called = Number.isNaN(firstCalled) ? null : firstCalled;
    const issued = Number.isNaN(firstIssued) ? issuedAt : firstIssued;
    const rating = ratingStatus === 'rated' ? ratingLevel : ratingStatus === 'defaulted' ? defaultedName(ratingLevel) : notRated;
    sheet.row([
      businessDay,
      number,
      serviceId,
      windowNo,
      clerkId,
      time(issued),
      called === null ? null : time(called),
      finishedAt === null ? null : time(finishedAt),
      called === null ? null : wholeSeconds(issued, called),
      state === 'done' ? handleSeconds(startedAt, lastCalledAt, finishedAt, (from, to) => firsts.heldWithin(id, from, to)) : null,
      stateName(state),
      rating,
    ]);
    if (++written % options.chunkRows === 0) {
      sheet.flush();
      await options.onRows?.(written);
      await sheet.drained();
      await options.between();
    }
  }
  sheet.commit();
  await options.onRows?.(written);
  return written;
}
