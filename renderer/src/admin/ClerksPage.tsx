// The manager's clerks and managers: the list (工号, name, role, photo, in use, last sign-in), and an
// editor for the one chosen or a new one: name, role, the PIN (when creating; later a reset), the
// photo, disable / enable. Device accounts (kiosk, pad) are not clerks and are not listed here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClerkListEntry } from '../../../electron/contract';
import { useLiveQuery } from '../shared/useLiveQuery';
import { ClerkEditor } from './ClerkEditor';
import { shortTime } from './staff-format';
import type { Admin } from './useAdmin';
import './staff.css';

export function ClerksPage({ admin }: { admin: Admin }) {
  const { t, i18n } = useTranslation();
  const live = useLiveQuery('config.clerks', {}, 'hall.changed');
  const clerks = live.value ?? [];
  /** The 工号 chosen, '' for a new account, null for none. */
  const [chosen, setChosen] = useState<string | null>(null);
  const current: ClerkListEntry | null = clerks.find((c) => c.id === chosen) ?? null;
  return (
    <div className="staff-page" data-testid="clerks-page">
      <div className="staff-actions">
        <button type="button" onClick={() => setChosen('')} data-testid="clerk-add">
          {t('staffCfg.clerks.add')}
        </button>
      </div>
      <div className="staff-columns">
        <div className="staff-scroll">
          <table className="staff-table clerk-table" data-testid="clerk-table">
            <thead>
              <tr>
                <th scope="col">{t('staffCfg.clerks.id')}</th>
                <th scope="col">{t('staffCfg.clerks.name')}</th>
                <th scope="col">{t('staffCfg.clerks.role')}</th>
                <th scope="col">{t('staffCfg.clerks.photo')}</th>
                <th scope="col">{t('staffCfg.clerks.state')}</th>
                <th scope="col">{t('staffCfg.clerks.lastSignIn')}</th>
              </tr>
            </thead>
            <tbody>
              {clerks.map((c) => (
                <tr key={c.id} className={[c.id === chosen ? 'chosen' : '', c.active ? '' : 'retired'].join(' ')}>
                  <td>
                    <button type="button" className="link" onClick={() => setChosen(c.id)} data-testid={`clerk-row-${c.id}`}>
                      {c.id}
                    </button>
                  </td>
                  <td>{c.name}</td>
                  <td>{t(`staffCfg.clerks.roles.${c.role}`)}</td>
                  <td>{c.hasPhoto ? t('staffCfg.clerks.hasPhoto') : '—'}</td>
                  <td>
                    {c.active ? t('staffCfg.clerks.active') : t('staffCfg.clerks.disabled')}
                    {!c.hasPin && (
                      <span className="no-pin" data-testid={`clerk-no-pin-${c.id}`}>
                        {t('staffCfg.clerks.noPin')}
                      </span>
                    )}
                  </td>
                  <td>{shortTime(c.lastSignInAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {chosen !== null && (
          <ClerkEditor
            // Remounted when the chosen account is saved and listed (a new one becomes itself).
            key={current ? current.id : `new:${chosen}`}
            admin={admin}
            clerk={current}
            onSaved={(id) => {
              setChosen(id);
              void live.reload();
            }}
          />
        )}
      </div>
    </div>
  );
}
