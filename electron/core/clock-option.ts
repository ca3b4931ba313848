// `--clock` (npm run serve, the Electron app): the hall on a shifted or a fixed clock, for tests and
// demonstrations, so a business day can be opened, closed and sent upstream without waiting for it.
//   --clock 2026-12-07T09:00         the hall's clock starts at that hall-local time and runs on (shifted)
//   --clock fixed:2026-12-07T09:00   the hall's clock stays at that time (nothing advances it)
// Hall-local is Asia/Shanghai, the hall's default zone; a hall in another zone gives the offset
// (2026-12-07T09:00+01:00). Seconds are optional. Without --clock the hall runs on the PC's clock.
import { TZDate } from '@date-fns/tz';
import type { Clock } from './clock';
import { formatHallTime } from '../shared/hall-time';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;

export interface ClockOption {
  mode: 'shifted' | 'fixed';
  /** The instant the hall's clock starts at (shifted) or stays at (fixed). */
  start: number;
  clock: Clock;
}

/** The instant of a `--clock` time, hall-local in `timeZone` unless it names its offset. */
export function clockInstant(text: string, timeZone = 'Asia/Shanghai'): number {
  if (WITH_OFFSET.test(text)) return Date.parse(text);
  const m = LOCAL.exec(text);
  if (!m) throw new Error(`--clock needs a time like 2026-12-07T09:00 (or fixed:2026-12-07T09:00), got ${text}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const local = new TZDate(y, mo - 1, d, h, mi, s, timeZone);
  if (local.getMonth() !== mo - 1 || local.getDate() !== d || h > 23 || mi > 59 || s > 59) throw new Error(`--clock: no such time: ${text}`);
  return local.getTime();
}

/** Parses `--clock`; `wall` is the PC's clock (tests pass their own). */
export function parseClockOption(text: string, wall: () => number = Date.now, timeZone?: string): ClockOption {
  const fixed = text.startsWith('fixed:');
  const start = clockInstant(fixed ? text.slice('fixed:'.length) : text, timeZone);
  if (fixed) return { mode: 'fixed', start, clock: { now: () => start } };
  const offset = start - wall();
  return { mode: 'shifted', start, clock: { now: () => wall() + offset } };
}

/** One line for the start-up banner. */
export function clockBanner(option: ClockOption): string {
  const at = `${formatHallTime(option.start, 'dateTimeSeconds', 'Asia/Shanghai')} Asia/Shanghai (${new Date(option.start).toISOString()})`;
  return option.mode === 'fixed' ? `hall clock: fixed at ${at} (never advances)` : `hall clock: shifted, started at ${at} and running`;
}
