// 挂起的号: this window's tickets set aside (材料不全), the longest held first, as one compact row; F10
// resumes the first, each has its own 恢复. Resuming needs a free, open window (else the hall says why).
import { useTranslation } from 'react-i18next';
import type { HeldTicket } from '../../../../electron/contract';
import { formatHallTime } from '../../../../electron/shared/hall-time';

interface Props {
  held: HeldTicket[];
  canResume: boolean;
  busy: boolean;
  onResume: (ticketId: number) => void;
}

export function HeldList({ held, canResume, busy, onResume }: Props) {
  const { t } = useTranslation();
  return (
    <section className="qm-card" data-testid="held-list">
      <h2>{t('queueMoves.held.title')}</h2>
      <ul className="qm-chips">
        {held.map((h, i) => (
          <li key={h.id} data-testid={`held-${h.number}`}>
            <strong>{h.number}</strong>
            <span className="qm-muted">{t('queueMoves.held.since', { time: formatHallTime(h.heldAt, 'time') })}</span>
            <button type="button" disabled={busy || !canResume} onClick={() => onResume(h.id)} data-testid={`resume-${h.number}`}>
              {t('queueMoves.held.resume')}
              {i === 0 && <kbd>F10</kbd>}
            </button>
          </li>
        ))}
        {held.length === 0 && <li className="qm-muted qm-empty">{t('queueMoves.held.empty')}</li>}
      </ul>
    </section>
  );
}
