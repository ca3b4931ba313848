// The 差评 follow-up desk: filters, the list of cases and the open case.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpFilters, type FollowUpFilter, type FollowUpView } from '../../../electron/contract';
import { CasePanel } from './CasePanel';
import { FollowUpTable } from './FollowUpTable';
import type { Admin } from './useAdmin';
import { useFollowUps } from './useFollowUps';

export function FollowUpsPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<FollowUpFilter>('open');
  const [openId, setOpenId] = useState<number | null>(null);
  const { cases, reload } = useFollowUps(admin, filter);
  const changed = async (updated: FollowUpView) => {
    setOpenId(updated.id);
    await reload();
  };
  return (
    <>
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
    </>
  );
}
