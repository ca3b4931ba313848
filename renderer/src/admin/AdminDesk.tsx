// The manager's desk: the bar (who, language, log out), the navigation of pages (pages.ts) and the page
// chosen, which the address keeps (#page) so a reload or a bookmark opens the same page.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHall } from '../shared/hall-context';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { BackupAlert } from '../console/BackupAlert';
import { StaffingAlert } from '../console/StaffingAlert';
import { adminGroups, adminPages } from './pages';
import type { Admin } from './useAdmin';

const pageOfHash = () => adminPages.find((p) => `#${p.id}` === window.location.hash) ?? adminPages[0]!;

export function AdminDesk({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const hall = useHall();
  const [page, setPage] = useState(pageOfHash);
  useEffect(() => {
    const follow = () => setPage(pageOfHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const logout = async () => {
    await hall.send('auth.logout', {});
    admin.setWho(null);
  };
  const { Page } = page;
  return (
    <main className="admin-desk">
      <header className="admin-bar">
        <h1>{t('adminNav.title')}</h1>
        <span className="admin-who">{admin.who}</span>
        <LanguageSwitch />
        <button type="button" onClick={() => void logout()}>
          {t('admin.logout')}
        </button>
      </header>
      <div className="admin-frame">
        <nav className="admin-nav" aria-label={t('adminNav.title')}>
          {adminGroups.map((group) => (
            <section key={group}>
              <h2>{t(`adminNav.group.${group}`)}</h2>
              {adminPages
                .filter((p) => p.group === group)
                .map((p) => (
                  <a key={p.id} href={`#${p.id}`} aria-current={p === page ? 'page' : undefined} data-testid={`admin-nav-${p.id}`}>
                    {t(`adminNav.${p.id}`)}
                  </a>
                ))}
            </section>
          ))}
        </nav>
        <div className="admin-page" data-testid={`admin-page-${page.id}`}>
          {!page.ownAlerts && <BackupAlert audience="manager" />}
          {!page.ownAlerts && <StaffingAlert audience="manager" />}
          <h2 className="admin-page-title">{t(`adminNav.${page.id}`)}</h2>
          <Page admin={admin} />
        </div>
      </div>
    </main>
  );
}
