// The follow-up desk: filters, the list of cases, the open case, and the rating settings.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpFilters, type FollowUpFilter, type FollowUpView } from '../../../electron/contract';
import { useHall } from '../shared/hall-context';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { BackupAlert } from '../console/BackupAlert';
import { BackupPanel } from './BackupPanel';
import { CasePanel } from './CasePanel';
import { FollowUpTable } from './FollowUpTable';
import { LogPanel } from './LogPanel';
import { RatingSettingsForm } from './RatingSettingsForm';
import { SyncPanel } from './SyncPanel';
import type { Admin } from './useAdmin';
import { useFollowUps } from './useFollowUps';

export function AdminDesk({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const hall = useHall();
  const [filter, setFilter] = useState<FollowUpFilter>('open');
  const [openId, setOpenId] = useState<number | null>(null);
  const [settings, setSettings] = useState(false);
  const [sync, setSync] = useState(false);
  const [backup, setBackup] = useState(false);
  const [logOpen, setLogOpen] = useState(false);
  const { cases, reload } = useFollowUps(admin, filter);

  const logout = async () => {
    await hall.send('auth.logout', {});
    admin.setWho(null);
  };
  const changed = async (updated: FollowUpView) => {
    setOpenId(updated.id);
    await reload();
  };

  return (
    <main className="admin-desk">
      <header className="admin-bar">
        <h1>{t('admin.title')}</h1>
        <span className="admin-who">{admin.who}</span>
        <button type="button" onClick={() => setSettings((s) => !s)} data-testid="admin-settings-toggle">
          {t('admin.settingsTitle')}
        </button>
        <button type="button" onClick={() => setSync((s) => !s)} data-testid="admin-sync-toggle">
          {t('sync.title')}
        </button>
        <button type="button" onClick={() => setBackup((s) => !s)} data-testid="admin-backup-toggle">
          {t('backup.title')}
        </button>
        <button type="button" onClick={() => setLogOpen((s) => !s)} data-testid="admin-log-toggle">
          {t('log.title')}
        </button>
        <LanguageSwitch />
        <button type="button" onClick={() => void logout()}>
          {t('admin.logout')}
        </button>
      </header>
      {settings && <RatingSettingsForm admin={admin} />}
      <BackupAlert audience="manager" />
      {sync && <SyncPanel admin={admin} />}
      {backup && <BackupPanel admin={admin} />}
      {logOpen && <LogPanel admin={admin} />}
      <nav className="admin-filters" aria-label={t('admin.title')}>
        {followUpFilters.map((f) => (
          <button key={f} type="button" aria-pressed={f === filter} onClick={() => setFilter(f)} data-testid={`filter-${f}`}>
            {t(`admin.filter.${f}`)}
          </button>
        ))}
      </nav>
      <div className="admin-body">
        <FollowUpTable cases={cases} openId={openId} onOpen={setOpenId} />
        {openId !== null && <CasePanel admin={admin} id={openId} onChanged={changed} onClose={() => setOpenId(null)} />}
      </div>
    </main>
  );
}
