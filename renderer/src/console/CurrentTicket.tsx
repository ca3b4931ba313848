// The ticket at this window now, big: number, service, state, class and recalls.
import { useTranslation } from 'react-i18next';
import type { ServiceView, WindowDetail } from '../../../electron/contract';
import { useLang } from '../shared/useLang';

export function CurrentTicket({ detail, services }: { detail: WindowDetail | null; services: ServiceView[] }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const ticket = detail?.current ?? null;
  const service = ticket ? services.find((s) => s.id === ticket.serviceId) : undefined;
  return (
    <section className={`current ${ticket ? `current-${ticket.state}` : 'current-none'}`} data-testid="current-ticket">
      <div className="current-label">{t('console.current')}</div>
      {ticket ? (
        <>
          <div className="current-number" data-testid="current-number">
            {ticket.number}
          </div>
          <div className="current-facts">
            <span>{service ? pick(service.name) : ticket.serviceId}</span>
            <span className="tag tag-state" data-testid="current-state">
              {t([`ticketState.${ticket.state}`, `queueMoves.ticketState.${ticket.state}`])}
            </span>
            {ticket.priority !== 'normal' && <span className="tag tag-priority">{t(`priority.${ticket.priority}`)}</span>}
            {ticket.recalls > 0 && (
              <span className="tag" data-testid="current-recalls">
                {t('console.recalls', { count: ticket.recalls })}
              </span>
            )}
          </div>
        </>
      ) : (
        <div className="current-none-text">{t('console.noCurrent')}</div>
      )}
    </section>
  );
}
