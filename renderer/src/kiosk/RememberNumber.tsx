// The ticket could not be printed (paper out, cover open, printer offline, or no word from it): the
// number in huge type, its QR code to scan, and a clear request to remember it. Stays longer than
// the normal ticket screen, so there is time to note the number down.
import { Trans, useTranslation } from 'react-i18next';
import type { IssuedTicket, ServiceView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { useAutoReturn } from './useAutoReturn';
import type { PrintFailure } from './print-failure';
import { useTicketQr } from './useTicketQr';
import './print-fallback.css';

const RETURN_AFTER_S = 45;

interface Props {
  ticket: IssuedTicket;
  service: ServiceView;
  reason: PrintFailure;
  onDone: () => void;
}

export function RememberNumber({ ticket, service, reason, onDone }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { left, tap, takesTaps } = useAutoReturn(RETURN_AFTER_S, onDone);
  const qr = useTicketQr(ticket.id);
  return (
    <main className="kiosk-ticket kiosk-remember" onClick={tap} data-testid="remember-screen" data-taps={takesTaps ? 'on' : 'off'}>
      <p className="remember-reason" role="alert" data-testid="print-failure">
        {t(`kioskPrint.reason.${reason}`)}
      </p>
      <h1 className="remember-title">{t('kioskPrint.remember')}</h1>
      <div className="remember-body">
        <div className="remember-ticket">
          <div className="ticket-service">
            {pick(service.name)}
            {ticket.priority === 'priority' && <span className="ticket-priority">{t('kiosk.priorityTag')}</span>}
            {ticket.priority === 'appointment' && (
              <span className="ticket-priority ticket-appointment" data-testid="ticket-appointment">
                {t('appointments.tag')}
              </span>
            )}
          </div>
          <div className="ticket-number remember-number" data-testid="ticket-number">
            {ticket.number}
          </div>
          <p className="remember-ahead" data-testid="ticket-ahead">
            <Trans i18nKey="kiosk.ahead" count={ticket.ahead} values={{ count: ticket.ahead }} components={{ b: <b /> }} />
          </p>
        </div>
        {qr && (
          <figure className="remember-qr">
            <img src={qr} alt={ticket.number} data-testid="remember-qr" />
            <figcaption>{t('kioskPrint.scan')}</figcaption>
          </figure>
        )}
      </div>
      <p className="remember-hint">{t('kioskPrint.rememberHint')}</p>
      <p className="ticket-back">{t('kiosk.back', { seconds: left })}</p>
    </main>
  );
}
