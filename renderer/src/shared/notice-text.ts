// A notice (the console's and the admin page's toast) is kept as what to say, never as said: a key and
// its values, or the hall's error, rendered at each render in the current language, so a notice shown
// before the clerk switches to English reads in English after it.
import type { TFunction } from 'i18next';
import type { HallError, Lang, Localized } from '../../../electron/contract';
import { errorText } from './errors';

/** A value of a notice: as is, another key's text ({ key }), or a name in each language. */
export type NoticeValue = string | number | boolean | { key: string } | Localized;

export interface Notice {
  kind: 'ok' | 'info' | 'error';
  key?: string;
  values?: Record<string, NoticeValue>;
  /** A refusal of the hall: its reason's or code's text, with the hall's message as a detail for staff. */
  error?: HallError;
  /** Text that needs no translation (a number, a name); prefer `key`. */
  text?: string;
}

const isLocalized = (v: object): v is Localized => 'zh-CN' in v;

function valueText(t: TFunction, lang: Lang, value: NoticeValue): string | number | boolean {
  if (typeof value !== 'object') return value;
  return isLocalized(value) ? value[lang] : t(value.key);
}

/**
 * The notice's text in the current language, and for a refusal without a reason the hall's message
 * (English) as `detail`, which the screens fold away (ErrorDetail): a reason is precise by itself.
 */
export function noticeText(t: TFunction, lang: Lang, notice: Notice): { text: string; detail: string } {
  if (notice.error) return { text: errorText(t, notice.error), detail: notice.error.reason ? '' : notice.error.message };
  if (notice.key) {
    const values = Object.fromEntries(Object.entries(notice.values ?? {}).map(([k, v]) => [k, valueText(t, lang, v)]));
    return { text: t(notice.key, values), detail: '' };
  }
  return { text: notice.text ?? '', detail: '' };
}
