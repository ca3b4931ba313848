// Which slice a fact falls in, per dimension, with the zoned work cached: a year's half-million facts
// each formatted in the hall's zone took seconds.
import type { ReportDimension } from '../contract';
import { formatHallTime } from '../shared/hall-time';

/** Where a fact falls: its value for each dimension (null: not attributable, e.g. the clerk of a waiting ticket). */
export interface Slice {
  service: string | null;
  window: number | null;
  clerk: string | null;
  /** Epoch ms the fact is placed at in the day (hour of day). */
  at: number;
  day: string;
}

export type SliceKey = (by: ReportDimension, s: Slice) => string | null;

export function sliceKeys(timeZone: string): SliceKey {
  // Every zone's offset is a multiple of 15 minutes: an instant's hour of day is its quarter hour's.
  const hours = new Map<number, string>();
  const hourOf = (at: number) => {
    const quarter = Math.floor(at / 900_000);
    let hour = hours.get(quarter);
    if (hour === undefined) hours.set(quarter, (hour = formatHallTime(quarter * 900_000, 'time', timeZone).slice(0, 2)));
    return hour;
  };
  const weekdays = new Map<string, string>();
  const weekdayOf = (day: string) => {
    let weekday = weekdays.get(day);
    if (weekday === undefined) weekdays.set(day, (weekday = String(new Date(`${day}T12:00:00Z`).getUTCDay() || 7))); // ISO: Monday 1 … Sunday 7
    return weekday;
  };
  return (by, s) => {
    switch (by) {
      case 'hall':
        return 'hall';
      case 'service':
        return s.service;
      case 'window':
        return s.window === null ? null : String(s.window);
      case 'clerk':
        return s.clerk;
      case 'hour':
        return hourOf(s.at);
      case 'weekday':
        return weekdayOf(s.day);
      case 'day':
        return s.day;
    }
  };
}
