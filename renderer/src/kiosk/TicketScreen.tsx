// The ticket just taken: the number in huge type, how many are ahead, the estimated wait, and a
// reminder to keep the ticket. Returns home on a tap or after RETURN_AFTER_S seconds.
import { Trans, useTranslation } from 'react-i18next';
import type { IssuedTicket, ServiceView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { useAutoReturn } from './useAutoReturn';

const RETURN_AFTER_S = 20;

interface Props {
  ticket: IssuedTicket;
  service: ServiceView;
  onDone: () => void;
}

export function TicketScreen({ ticket, service, onDone }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { left, tap, takesTaps } = useAutoReturn(RETURN_AFTER_S, onDone);
  const bold = { b: <b /> };
  return (
    <main className="kiosk-ticket" onClick={tap} data-testid="ticket-screen" data-taps={takesTaps ? 'on' : 'off'}>
      <div className="ticket-service">
        {pick(service.name)}
        {ticket.priority === 'priority' && <span className="ticket-priority">{t('kiosk.priorityTag')}</span>}
        {ticket.priority === 'appointment' && (
          <span className="ticket-priority ticket-appointment" data-testid="ticket-appointment">
            {t('appointments.tag')}
          </span>
        )}
      </div>
      <div className="ticket-label">{t('kiosk.yourNumber')}</div>
      <div className="ticket-number" data-testid="ticket-number">
        {ticket.number}
      </div>
      <div className="ticket-facts">
        <p data-testid="ticket-ahead">
          <Trans i18nKey="kiosk.ahead" count={ticket.ahead} values={{ count: ticket.ahead }} components={bold} />
        </p>
        <p data-testid="ticket-estimate">
          <Trans i18nKey="kiosk.estimate" values={{ minutes: ticket.estimatedWaitMinutes }} components={bold} />
        </p>
      </div>
      <p className="ticket-keep">{t('kiosk.keep')}</p>
      <p className="ticket-back">{t('kiosk.back', { seconds: left })}</p>
    </main>
  );
}
