// The pickups at this window: the 取件 ticket being served now (its record, and the one-step 交付),
// and the code of a deferred item just accepted here, to tell the resident (until the next call).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickupView, WindowDetail } from '../../../../electron/contract';
import { useHall } from '../../shared/hall-context';
import { useLang } from '../../shared/useLang';
import { useLiveQuery } from '../../shared/useLiveQuery';
import type { useRunner } from '../useRunner';
import { PickupDay } from './PickupDay';
import './pickups.css';

interface Props {
  windowNo: number;
  detail: WindowDetail | null;
  runner: ReturnType<typeof useRunner>;
  reload: () => Promise<void>;
}

export function PickupAtWindow({ windowNo, detail, runner, reload }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const hall = useHall();
  const current = detail?.current ?? null;
  const atWindow = useLiveQuery('pickups.atWindow', { window: windowNo }, 'hall.changed');
  const [accepted, setAccepted] = useState<PickupView | null>(null);
  const previous = useRef<number | null>(null);

  // The ticket left the window: if its 办结 accepted a deferred item, show the record's code.
  useEffect(() => {
    const before = previous.current;
    previous.current = current?.id ?? null;
    if (before === null || before === current?.id) return;
    if (current) setAccepted(null);
    void hall.send('pickups.acceptedAt', { ticketId: before }).then((r) => {
      if (r.ok && r.value) setAccepted(r.value);
    });
  }, [current, hall]);

  const pickup = current ? atWindow.value : null;
  const handOver = async () => {
    const r = await runner.run('pickups.handOver', { window: windowNo });
    if (!r.ok) return;
    runner.setNotice({ kind: 'ok', key: 'pickups.handedOverNotice', values: { code: r.value.pickup.code, number: r.value.ticket.number } });
    await reload();
  };

  return (
    <>
      {pickup && (
        <section className="pickup-card pickup-take" data-testid="pickup-at-window">
          <div className="pickup-card-head">
            <span className="tag tag-pickup">{t('pickups.tag')}</span>
            <b>{pick(pickup.itemName)}</b>
          </div>
          <div className="pickup-card-facts">
            {t('pickups.code')} <b className="pickup-code">{pickup.code}</b> · <PickupDay day={pickup.acceptedDay} />{' '}
            {t('pickups.acceptedFrom', { number: pickup.ticketNumber })}
            {pickup.state !== 'ready' && <> · {t(`pickups.state.${pickup.state}`)}</>}
          </div>
          <button
            type="button"
            className="primary"
            disabled={runner.busy || pickup.state !== 'ready'}
            onClick={() => void handOver()}
            data-testid="pickup-hand-over"
          >
            {t('pickups.handOver')}
          </button>
        </section>
      )}
      {accepted && !pickup && (
        <section className="pickup-card pickup-made" data-testid="pickup-accepted">
          <div className="pickup-card-head">
            <span className="tag tag-pickup">{t('pickups.madeTitle')}</span>
            <b>{pick(accepted.itemName)}</b>
          </div>
          <div className="pickup-card-facts">
            {t('pickups.tellResident')}{' '}
            <b className="pickup-code" data-testid="pickup-accepted-code">
              {accepted.code}
            </b>{' '}
            · {t('pickups.promised')} <PickupDay day={accepted.promisedDay} />
          </div>
          <button
            type="button"
            className="pickup-dismiss"
            onClick={() => setAccepted(null)}
            aria-label={t('pickups.dismiss')}
            data-testid="pickup-accepted-dismiss"
          >
            ×
          </button>
        </section>
      )}
    </>
  );
}
