// Holidays and make-up days pasted as a list (the State Council's notice, typed or exported): one
// date per line, or CSV `date,type` (holiday / makeup, or 休 / 班), an optional header line. A bad
// line is refused naming it, and nothing is changed.
import { parse } from 'csv-parse/sync';
import { HallFault } from '../contract';

export type DateType = 'holiday' | 'makeup';

const TYPES: Record<string, DateType> = { holiday: 'holiday', makeup: 'makeup', 休: 'holiday', 班: 'makeup', 假: 'holiday', 补班: 'makeup' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(day: string): boolean {
  if (!DATE.test(day)) return false;
  const date = new Date(`${day}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

export function parseDateList(text: string, type: DateType): { date: string; type: DateType }[] {
  const rows = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true, comment: '#' }) as string[][];
  const out: { date: string; type: DateType }[] = [];
  rows.forEach((row, index) => {
    const [date = '', kind] = row.map((c) => c.trim());
    if (index === 0 && date.toLowerCase() === 'date') return; // a header
    const line = `line ${index + 1}`;
    if (!isCalendarDate(date.replaceAll('/', '-'))) throw new HallFault('bad_request', `${line}: not a date yyyy-MM-dd: ${date}`, 'text');
    const given = kind === undefined || kind === '' ? type : TYPES[kind.toLowerCase()];
    if (!given) throw new HallFault('bad_request', `${line}: type must be holiday or makeup (休/班): ${kind}`, 'text');
    out.push({ date: date.replaceAll('/', '-'), type: given });
  });
  if (out.length === 0) throw new HallFault('bad_request', 'no date in the list', 'text');
  const seen = new Map<string, DateType>();
  for (const d of out) {
    if (seen.has(d.date) && seen.get(d.date) !== d.type) throw new HallFault('bad_request', `${d.date} is listed as both holiday and makeup`, 'text');
    seen.set(d.date, d.type);
  }
  return out;
}

/** The hall's dates with the list merged in (replace: the years the list names are dropped first). */
export function mergeDates(current: { holidays: string[]; makeupDays: string[] }, list: { date: string; type: DateType }[], replace: boolean) {
  const years = new Set(list.map((d) => d.date.slice(0, 4)));
  const listed = new Set(list.map((d) => d.date));
  const keep = (day: string) => !listed.has(day) && !(replace && years.has(day.slice(0, 4)));
  const pick = (type: DateType) => list.filter((d) => d.type === type).map((d) => d.date);
  const sorted = (days: string[]) => [...new Set(days)].sort();
  return {
    holidays: sorted([...current.holidays.filter(keep), ...pick('holiday')]),
    makeupDays: sorted([...current.makeupDays.filter(keep), ...pick('makeup')]),
  };
}
