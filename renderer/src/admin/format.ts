// Dates for the manager, in the page's language: 2026-11-23 09:05 (the hall's own time zone is the PC's).
import type { Lang } from '../../../electron/contract';

const formats = new Map<Lang, Intl.DateTimeFormat>();

export function formatTime(iso: string | null, lang: Lang): string {
  if (!iso) return '';
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'sv-SE', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(lang, format);
  }
  return format.format(Date.parse(iso)).replace(',', '');
}
