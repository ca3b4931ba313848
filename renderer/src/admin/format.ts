// Dates for the manager: 2026-11-23 09:05, in the hall PC's own time zone (the hall's).
import type { Lang } from '../../../electron/contract';
import { formatHallTime } from '../../../electron/shared/hall-time';

/** `lang` is kept for the callers: the format is the same in every language. */
export function formatTime(iso: string | null, _lang?: Lang): string {
  return iso ? formatHallTime(iso, 'dateTime') : '';
}
