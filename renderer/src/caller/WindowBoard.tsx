// Each window: open with the number it serves (or 空闲), paused with the reason, or closed.
import { useTranslation } from 'react-i18next';
import type { WindowView } from '../../../electron/contract';
import { AppointmentMark } from './AppointmentMark';

export function WindowBoard({ windows }: { windows: WindowView[] }) {
  const { t } = useTranslation();
  return (
    <div className="board window-board">
      <h2>{t('caller.windows')}</h2>
      <ul className={windows.length > 4 ? 'two-cols' : ''}>
        {windows.map((w) => (
          <li key={w.number} className={`win win-${w.status}`} data-testid={`window-${w.number}`} data-status={w.status}>
            <span className="win-name">{t('window.name', { number: w.number })}</span>
            <span className="win-state">
              {w.status === 'open' &&
                (w.current ? (
                  <>
                    <strong>{w.current.number}</strong>
                    {w.current.priority === 'appointment' && <AppointmentMark where="window" />}
                  </>
                ) : (
                  t('caller.idle')
                ))}
              {w.status === 'paused' && `${t('window.status.paused')} · ${t(`pauseReason.${w.pauseReason ?? 'other'}`)}`}
              {w.status === 'closed' && t('window.status.closed')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
