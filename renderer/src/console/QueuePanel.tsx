// The right column: the clerk's own day, this window's queue in call order, served today, and waiting
// by service.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceView, TicketView, WindowDetail } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { hallNow } from '../shared/hall-clock';

const minutesSince = (iso: string) => Math.max(0, Math.floor((hallNow() - Date.parse(iso)) / 60_000));

interface Props {
  detail: WindowDetail | null;
  services: ServiceView[];
  /** 叫此号 (issue 14): shown on each ticket when the hall allows calling out of turn and the window is free. */
  onPick?: ((ticket: TicketView) => void) | null;
  /** The clerk's own day (MyDayPanel), shown first. */
  myDay?: ReactNode;
}

export function QueuePanel({ detail, services, onPick = null, myDay = null }: Props) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const name = (id: string) => {
    const s = services.find((x) => x.id === id);
    return s ? pick(s.name) : id;
  };
  return (
    <aside className="queue-panel" data-testid="queue-panel">
      {myDay}
      <div className="served">
        <span>{t('console.servedToday')}</span>
        <strong data-testid="served-today">{detail?.servedToday ?? '–'}</strong>
      </div>
      <h2>{t('console.queue')}</h2>
      <ol className="queue" data-testid="window-queue">
        {(detail?.queue ?? []).map((q) => (
          <li key={q.id}>
            <strong>{q.number}</strong>
            <span>{name(q.serviceId)}</span>
            {q.priority !== 'normal' && <span className="tag tag-priority">{t(`priority.${q.priority}`)}</span>}
            {detail?.moves.directed.includes(q.id) && <span className="tag tag-directed">{t('queueMoves.directed')}</span>}
            <span className="since">{minutesSince(q.issuedAt)}′</span>
            {onPick && (
              <button type="button" className="qm-pick" onClick={() => onPick(q)} data-testid={`pick-${q.number}`}>
                {t('queueMoves.callTicket.button')}
              </button>
            )}
          </li>
        ))}
        {detail && detail.queue.length === 0 && <li className="empty">{t('console.queueEmpty')}</li>}
      </ol>
      <h2>{t('console.waitingAll')}</h2>
      <ul className="waiting-all">
        {services.map((s) => (
          <li key={s.id} data-testid={`console-waiting-${s.id}`}>
            <span>
              {s.prefix} {pick(s.name)}
            </span>
            <strong>{s.waiting}</strong>
          </li>
        ))}
      </ul>
    </aside>
  );
}
