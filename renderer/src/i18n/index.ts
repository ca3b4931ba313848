// i18next for every window: zh-CN by default, zh-TW and en alongside. A page may start in another
// language with ?lang=zh-TW or ?lang=en (e.g. an English caller screen); the kiosk switches at run time.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../../electron/contract';
import { localeResources } from '../../../electron/shared/locales';

export const languages: Lang[] = ['zh-CN', 'zh-TW', 'en'];
export const defaultLang: Lang = 'zh-CN';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as string[]).includes(value);
}

function startLang(): Lang {
  const asked = new URLSearchParams(location.search).get('lang');
  return isLang(asked) ? asked : defaultLang;
}

const setDocumentLang = (lng: string) => {
  document.documentElement.lang = lng;
};

export function initI18n(): typeof i18next {
  const lng = startLang();
  void i18next.use(initReactI18next).init({
    resources: localeResources,
    lng,
    fallbackLng: defaultLang,
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  setDocumentLang(lng);
  i18next.on('languageChanged', setDocumentLang);
  return i18next;
}

/** The current language as the contract's Lang (for picking a Localized name). */
export function currentLang(language: string | undefined): Lang {
  return isLang(language) ? language : defaultLang;
}
