// The 取件 ticket just taken: the number in huge type and what it is for; home on a tap or by itself.
import { Trans, useTranslation } from 'react-i18next';
import type { PickupTakeResult } from '../../../../electron/contract';
import { useLang } from '../../shared/useLang';
import { useAutoReturn } from '../useAutoReturn';

const RETURN_AFTER_S = 20;

export function PickupTicket({ answer, onDone }: { answer: Extract<PickupTakeResult, { outcome: 'issued' }>; onDone: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { left, tap, takesTaps } = useAutoReturn(RETURN_AFTER_S, onDone);
  return (
    <main className="kiosk-ticket" onClick={tap} data-testid="pickup-ticket" data-taps={takesTaps ? 'on' : 'off'}>
      <div className="ticket-service">
        <span className="pk-tag">{t('pickupKiosk.tag')}</span> {pick(answer.itemName)}
      </div>
      <div className="ticket-label">{t('kiosk.yourNumber')}</div>
      <div className="ticket-number" data-testid="pickup-ticket-number">
        {answer.ticket.number}
      </div>
      <div className="ticket-facts">
        <p>
          <Trans i18nKey="kiosk.ahead" count={answer.ticket.ahead} values={{ count: answer.ticket.ahead }} components={{ b: <b /> }} />
        </p>
        <p>{t('pickupKiosk.bring')}</p>
      </div>
      <p className="ticket-keep">{t('kiosk.keep')}</p>
      <p className="ticket-back">{t('kiosk.back', { seconds: left })}</p>
    </main>
  );
}
