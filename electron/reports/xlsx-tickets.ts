// The xlsx export's 明细 sheet: one row per ticket of the range (business day, number, service, window,
// clerk, issued / first called / finished in the hall's time, wait and handling seconds as the report
// counts them, state, rating). Nothing personal of a resident. Tickets are iterated (never all loaded);
// a day's first issue and call events are read when the iteration reaches that day, so memory holds
// one day at a time; every `chunkRows` rows the writer waits on `between` (the hall answers meanwhile).
import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type ExcelJS from 'exceljs';
import { TZDate } from '@date-fns/tz';
import { wholeSeconds } from './kpi';
import { openSheet, type CellKind } from './xlsx-sheets';

interface TicketRow {
  id: number;
  business_day: string;
  number: string;
  service_id: string;
  window_no: number | null;
  clerk_id: string | null;
  state: string;
  issued_at: number;
  finished_at: number | null;
  rating_status: string | null;
  rating_level: number | null;
}

export interface TicketSheetOptions {
  timeZone: string;
  chunkRows: number;
  between(): Promise<void>;
  onRows?(written: number): void;
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

/** The first ticket.issued and ticket.called of each ticket of one business day. */
function firstsOfDay(db: Database, day: string): Map<number, { issued?: number; called?: number }> {
  const firsts = new Map<number, { issued?: number; called?: number }>();
  const rows = db
    .prepare("SELECT ticket_id, type, at FROM events WHERE business_day = ? AND type IN ('ticket.issued', 'ticket.called') ORDER BY id")
    .raw()
    .iterate(day) as IterableIterator<[number | null, string, number]>;
  for (const [ticketId, type, at] of rows) {
    if (ticketId === null) continue;
    let f = firsts.get(ticketId);
    if (!f) firsts.set(ticketId, (f = {}));
    if (type === 'ticket.issued') f.issued ??= at;
    else f.called ??= at;
  }
  return firsts;
}

export const countTickets = (db: Database, from: string, to: string): number =>
  (db.prepare('SELECT COUNT(*) AS n FROM tickets WHERE business_day BETWEEN ? AND ?').get(from, to) as { n: number }).n;

export async function writeTicketSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  db: Database,
  range: { from: string; to: string },
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
  // Ordered by id, the table's own order: no sort of a year's rows before the first one comes out.
  const tickets = db
    .prepare(
      `SELECT t.id, t.business_day, t.number, t.service_id, t.window_no, t.clerk_id, t.state, t.issued_at, t.finished_at,
              r.status AS rating_status, r.level AS rating_level
       FROM tickets t LEFT JOIN ratings r ON r.ticket_id = t.id WHERE t.business_day BETWEEN ? AND ? ORDER BY t.id`,
    )
    .iterate(range.from, range.to) as IterableIterator<TicketRow>;
  let day = '';
  let firsts = new Map<number, { issued?: number; called?: number }>();
  let written = 0;
  for (const r of tickets) {
    if (r.business_day !== day) {
      day = r.business_day;
      firsts = firstsOfDay(db, day);
    }
    const f = firsts.get(r.id) ?? {};
    const issued = f.issued ?? r.issued_at;
    const served = r.state === 'done';
    const rating =
      r.rating_status === 'rated' ? r.rating_level : r.rating_status === 'defaulted' ? t('reportsXlsx.tickets.defaulted', { level: r.rating_level }) : notRated;
    sheet.row([
      r.business_day,
      r.number,
      r.service_id,
      r.window_no,
      r.clerk_id,
      time(issued),
      f.called === undefined ? null : time(f.called),
      r.finished_at === null ? null : time(r.finished_at),
      f.called === undefined ? null : wholeSeconds(issued, f.called),
      served && f.called !== undefined && r.finished_at !== null ? wholeSeconds(f.called, r.finished_at) : null,
      stateName(r.state),
      rating,
    ]);
    if (++written % options.chunkRows === 0) {
      sheet.flush();
      options.onRows?.(written);
      await options.between();
    }
  }
  sheet.commit();
  options.onRows?.(written);
  return written;
}
