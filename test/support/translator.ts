// An i18next instance of its own per language, with the app's locale files: a test reads texts in a
// language without switching the shared instance (the module graph is shared, isolate: false).
import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../../electron/contract';
import { localeResources } from '../../electron/shared/locales';

export function translatorOf(lng: Lang): TFunction {
  const i18n = i18next.createInstance();
  void i18n.init({ resources: localeResources, lng, fallbackLng: false, initAsync: false, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n) as TFunction;
}
