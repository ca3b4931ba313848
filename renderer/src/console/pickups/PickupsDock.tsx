// The console's pickups corner (承诺件): a button with how many results are ready and overdue, and a
// drawer listing them (ready, overdue, in progress, all), a search by pickup code and each record's
// next steps (processing, ready, handed over, delivered).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickupFilters, type PickupView } from '../../../../electron/contract';
import { useLiveQuery } from '../../shared/useLiveQuery';
import { InToolbar } from '../ToolSlot';
import type { useRunner } from '../useRunner';
import { PickupRow } from './PickupRow';
import { PickupSearch } from './PickupSearch';
import './pickups.css';

type Filter = (typeof pickupFilters)[number];

export function PickupsDock({ runner }: { runner: ReturnType<typeof useRunner> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState<Filter>('ready');
  const counts = useLiveQuery('pickups.list', { filter: 'open' }, 'pickups.changed');
  const list = useLiveQuery('pickups.list', open ? { filter } : null, 'pickups.changed');
  const openOnes: PickupView[] = counts.value ?? [];
  const ready = openOnes.filter((p) => p.state === 'ready').length;
  const overdue = openOnes.filter((p) => p.overdue).length;

  return (
    <>
      <InToolbar>
        <button type="button" className="pickups-open" onClick={() => setOpen(true)} data-testid="pickups-open">
          {t('pickups.open')}
          <span className="pickups-count ready" data-testid="pickups-ready-count">
            {t('pickups.readyCount', { count: ready })}
          </span>
          {overdue > 0 && (
            <span className="pickups-count overdue" data-testid="pickups-overdue-count">
              {t('pickups.overdueCount', { count: overdue })}
            </span>
          )}
        </button>
      </InToolbar>
      {open && (
        <aside className="pickups-drawer" role="dialog" aria-label={t('pickups.title')} data-testid="pickups-drawer">
          <header>
            <h2>{t('pickups.title')}</h2>
            <button type="button" onClick={() => setOpen(false)} data-testid="pickups-close">
              {t('pickups.close')}
            </button>
          </header>
          <PickupSearch runner={runner} />
          <nav className="pickups-filters">
            {pickupFilters.map((f) => (
              <button
                key={f}
                type="button"
                className={f === filter ? 'chosen' : ''}
                aria-pressed={f === filter}
                onClick={() => setFilter(f)}
                data-testid={`pickups-filter-${f}`}
              >
                {t(`pickups.filter.${f}`)}
              </button>
            ))}
          </nav>
          <div className="pickups-list">
            <table>
              <thead>
                <tr>
                  <th>{t('pickups.code')}</th>
                  <th>{t('pickups.item')}</th>
                  <th>{t('pickups.accepted')}</th>
                  <th>{t('pickups.promised')}</th>
                  <th>{t('pickups.stateLabel')}</th>
                  <th>{t('pickups.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {(list.value ?? []).map((p) => (
                  <PickupRow key={p.code} pickup={p} runner={runner} />
                ))}
              </tbody>
            </table>
            {list.value?.length === 0 && <p className="pickups-empty">{t(`pickups.empty.${filter}`)}</p>}
          </div>
        </aside>
      )}
    </>
  );
}
