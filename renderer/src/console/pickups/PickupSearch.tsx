// Search by pickup code (a resident on the phone, or at the desk with the slip): the record and its history.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickupDetail } from '../../../../electron/contract';
import { formatHallTime } from '../../../../electron/shared/hall-time';
import { useHallView } from '../../shared/useHallView';
import type { useRunner } from '../useRunner';
import { PickupRow } from './PickupRow';

export function PickupSearch({ runner }: { runner: ReturnType<typeof useRunner> }) {
  const { t } = useTranslation();
  const view = useHallView();
  const [code, setCode] = useState('');
  const [found, setFound] = useState<PickupDetail | null>(null);
  const search = async () => {
    const r = await runner.run('pickups.get', { code });
    setFound(r.ok ? r.value : null);
  };
  return (
    <div className="pickups-search">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          inputMode="numeric"
          placeholder={t('pickups.searchHint')}
          aria-label={t('pickups.search')}
          data-testid="pickups-search"
        />
        <button type="submit" disabled={runner.busy || code.trim() === ''}>
          {t('pickups.search')}
        </button>
      </form>
      {found && (
        <div className="pickups-found" data-testid="pickups-found">
          <table>
            <tbody>
              <PickupRow pickup={found} runner={runner} />
            </tbody>
          </table>
          <ol className="pickup-history">
            {found.events.map((e, i) => (
              <li key={i}>
                {formatHallTime(e.at, 'dateTime', view?.timeZone)} ·{' '}
                {e.from === e.to ? t('pickups.ticketTaken', { number: e.ticketNumber }) : t(`pickups.state.${e.to}`)} · {e.user}
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => setFound(null)}>
            {t('pickups.close')}
          </button>
        </div>
      )}
    </div>
  );
}
