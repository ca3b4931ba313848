// How the duty report and the appraisal sheet show their numbers: hours and minutes of whole seconds,
// ratios as percentages, "—" where there was nothing to divide by. Nothing is computed here but the
// display: the figures come from reports.duty / reports.appraisal.
import type { TFunction } from 'i18next';

/** Whole seconds as hours and minutes (the minutes rounded down: a report never shows more than was worked). */
export function hoursMinutes(t: TFunction, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return t('duty.hm', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

export const percent = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** A duration of whole seconds as m′ss″ (the reports page's style). */
export const minutesSeconds = (v: number | null): string => (v === null ? '—' : `${Math.floor(v / 60)}′${String(v % 60).padStart(2, '0')}″`);

/** The calendar month yyyy-MM of a business day yyyy-MM-dd. */
export const monthOf = (day: string): string => day.slice(0, 7);
