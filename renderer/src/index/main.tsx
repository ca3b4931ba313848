// The launcher: links to the windows. Needs no connection to the hall.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { initI18n } from '../i18n';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import '../shared/base.css';
import './launcher.css';

const pages = ['kiosk', 'caller', 'console', 'pad', 'admin'] as const;

function Launcher() {
  const { t } = useTranslation();
  return (
    <main className="launcher">
      <header>
        <h1>{t('launcher.title')}</h1>
        <LanguageSwitch />
      </header>
      <nav>
        {pages.map((page) => (
          <a key={page} href={`/${page}`} data-testid={`open-${page}`}>
            <strong>{t(`launcher.${page}`)}</strong>
            <span>{t(`launcher.${page}Hint`)}</span>
          </a>
        ))}
      </nav>
    </main>
  );
}

initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Launcher />
  </StrictMode>,
);
