// The login locks (issue 11, "Logins"): which PC and which 工号 are locked out after wrong PINs, since
// when and until when, how many wrong PINs; the manager lifts one (asked first; audited by the hall as
// login.unlocked). Follows lockouts.changed, and reads again when the first lock runs out by itself,
// so the list is never stale and never needs a reload.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginLockout } from '../../../electron/contract';
import { useLiveQuery } from '../shared/useLiveQuery';
import { LockoutRow } from './LockoutRow';
import type { Admin } from './useAdmin';
import './staff.css';
import './lockouts.css';

/** A lock's row key: a source's own run (user null) and a user's run from it are different rows. */
export const lockoutKey = (l: LoginLockout) => `${l.source}|${l.user ?? ''}`;

export function LockoutsPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const live = useLiveQuery('auth.lockouts', { all }, 'lockouts.changed');
  const clerks = useLiveQuery('config.clerks', {}, 'hall.changed');
  const names = new Map((clerks.value ?? []).map((c) => [c.id, c.name]));
  const lockouts = live.value ?? [];
  const [asking, setAsking] = useState<string | null>(null);

  // A lock that runs out lifts itself without an event: read again when the first one ends.
  const nextEnd = Math.min(...lockouts.filter((l) => l.retryAfter > 0).map((l) => l.retryAfter));
  const { reload } = live;
  useEffect(() => {
    if (!Number.isFinite(nextEnd)) return;
    const timer = setTimeout(() => void reload(), nextEnd * 1000 + 250);
    return () => clearTimeout(timer);
  }, [nextEnd, lockouts, reload]);

  const lift = async (l: LoginLockout) => {
    setAsking(null);
    const match = l.user === null ? { source: l.source } : { source: l.source, user: l.user };
    const result = await admin.run('auth.unlock', match);
    if (!result.ok) return;
    admin.setNotice({ kind: 'ok', key: 'lockouts.lifted', values: { n: result.value.length } });
    await reload();
  };

  return (
    <div className="staff-page lockouts-page" data-testid="lockouts-page">
      <p className="lockouts-intro">{t('lockouts.intro')}</p>
      <div className="staff-actions">
        <label className="lockouts-all">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="lockouts-all" />
          {t('lockouts.showAll')}
        </label>
      </div>
      <div className="staff-scroll">
        <table className="staff-table lockouts-table" data-testid="lockouts-table">
          <thead>
            <tr>
              <th scope="col">{t('lockouts.col.source')}</th>
              <th scope="col">{t('lockouts.col.user')}</th>
              <th scope="col">{t('lockouts.col.failures')}</th>
              <th scope="col">{t('lockouts.col.since')}</th>
              <th scope="col">{t('lockouts.col.until')}</th>
              <th scope="col">{t('lockouts.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {lockouts.map((l) => (
              <LockoutRow
                key={lockoutKey(l)}
                lockout={l}
                name={l.user === null ? null : (names.get(l.user) ?? null)}
                asking={asking === lockoutKey(l)}
                busy={admin.busy}
                onAsk={(yes) => setAsking(yes ? lockoutKey(l) : null)}
                onLift={() => void lift(l)}
              />
            ))}
          </tbody>
          {live.value && lockouts.length === 0 && <caption data-testid="lockouts-none">{all ? t('lockouts.noneAtAll') : t('lockouts.none')}</caption>}
        </table>
      </div>
    </div>
  );
}
