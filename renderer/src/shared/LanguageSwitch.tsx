// 中文简体 / 中文繁體 / English, each label written in its own language so anyone can find theirs.
import { useTranslation } from 'react-i18next';
import { languages } from '../i18n';
import { useLang } from './useLang';

export function LanguageSwitch({ className = '' }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const { lang } = useLang();
  return (
    <div className={`lang-switch ${className}`} role="group" aria-label={t('lang.label')}>
      {languages.map((l) => (
        <button key={l} type="button" lang={l} className={l === lang ? 'active' : ''} aria-pressed={l === lang} onClick={() => void i18n.changeLanguage(l)}>
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
