// The window's current language and a picker for the contract's Localized names.
import { useTranslation } from 'react-i18next';
import type { Lang, Localized } from '../../../electron/contract';
import { currentLang } from '../i18n';

export function useLang(): { lang: Lang; pick: (name: Localized) => string } {
  const { i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return { lang, pick: (name) => name[lang] };
}
