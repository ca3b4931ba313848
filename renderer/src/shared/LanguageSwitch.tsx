// 中文简体 / 中文繁體 / English, each label written in its own language so anyone can find theirs.
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../electron/contract';
import { languages } from '../i18n';
import { useLang } from './useLang';

/** `offered`: only these (the kiosk's languages, from the hall); one language needs no switch. */
export function LanguageSwitch({ className = '', offered = languages }: { className?: string; offered?: readonly Lang[] }) {
  const { t, i18n } = useTranslation();
  const { lang } = useLang();
  const shown = languages.filter((l) => offered.includes(l));
  if (shown.length < 2) return null;
  return (
    <div className={`lang-switch ${className}`} role="group" aria-label={t('lang.label')}>
      {shown.map((l) => (
        <button key={l} type="button" lang={l} className={l === lang ? 'active' : ''} aria-pressed={l === lang} onClick={() => void i18n.changeLanguage(l)}>
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
