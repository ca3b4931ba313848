// The translation files as i18next resources, for every process that shows or prints a text: the
// windows (renderer/src/i18n), the ticket printer (electron/devices/printing). One place, so a
// translator finds every resident-facing text here, and the key-parity test covers them all.
import i18next, { type TFunction } from 'i18next';
import en from './en.json';
import zhCN from './zh-CN.json';
import zhTW from './zh-TW.json';

export const localeResources = {
  'zh-CN': { translation: zhCN },
  'zh-TW': { translation: zhTW },
  en: { translation: en },
};

export type LocaleLang = keyof typeof localeResources;
const translators = new Map<LocaleLang, TFunction>();

/**
 * A translator in one language, of its own (the windows' i18next and its current language stay
 * untouched): for what the hall prints and serves itself, the tickets and their progress page.
 */
export function translatorFor(lang: LocaleLang): TFunction {
  let t = translators.get(lang);
  if (!t) {
    const i18n = i18next.createInstance();
    void i18n.init({ resources: localeResources, lng: lang, fallbackLng: 'zh-CN', initAsync: false, interpolation: { escapeValue: false } });
    t = i18n.t;
    translators.set(lang, t);
  }
  return t;
}
