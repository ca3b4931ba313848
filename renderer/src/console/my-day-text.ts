// The clerk's day in words: a handling time as minutes and seconds, 满意率 as a whole percent.
import type { ClerkDayView } from '../../../electron/contract';

type Translate = (key: string, values: Record<string, unknown>) => string;

/** 245 s → "4分05秒" / "4 min 05 s"; under a minute only the seconds. */
export function durationText(t: Translate, seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m === 0 ? t('consoleDay.myDay.seconds', { s }) : t('consoleDay.myDay.minutes', { m, s: String(s).padStart(2, '0') });
}

/** 满意率 = (非常满意 + 满意) ÷ rated, as the reports count it, rounded to a whole percent; null with no rating. */
export function satisfactionPercent(day: Pick<ClerkDayView, 'rated' | 'satisfied'>): number | null {
  return day.rated > 0 ? Math.round((day.satisfied / day.rated) * 100) : null;
}
