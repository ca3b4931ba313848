// Outside hours (or when nothing can be issued any more today): why, in one big sentence, when
// tickets are issued again, today's hours and the hall's phone. The row at the bottom is kept for the
// buttons other parts add (预约签到: appointments still check in for later today; 取件: pickups).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursNowView } from '../../../electron/contract';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { useHallView } from '../shared/useHallView';
import { whenText } from './opening-words';
import './closed.css';

interface Props {
  hours: HoursNowView;
  /** 预约签到 / 取件, when those parts are there. */
  actions?: ReactNode;
}

/** Today's periods as the resident reads them: back-to-back periods (morning, lunch duty) as one. */
function todaySpans(hours: HoursNowView): { start: string; end: string }[] {
  const spans: { start: string; end: string }[] = [];
  for (const p of hours.today) {
    const last = spans.at(-1);
    if (last && last.end === p.start) last.end = p.end;
    else spans.push({ start: p.start, end: p.end });
  }
  return spans;
}

export function ClosedScreen({ hours, actions }: Props) {
  const { t } = useTranslation();
  const view = useHallView();
  const { hall, businessDay, timeZone } = hours;
  const next = hall.nextOpening;
  const spans = todaySpans(hours);
  return (
    <main className="kiosk-closed" data-testid="kiosk-closed" data-reason={hall.reason ?? ''}>
      <header className="kiosk-header">
        <div className="kiosk-titles">
          <div className="kiosk-hall">{view?.hallName ?? ''}</div>
          <h1>{t('hours.kiosk.closedTitle')}</h1>
        </div>
        <div className="kiosk-tools">
          <LanguageSwitch className="kiosk-lang" offered={view?.kioskLanguages} />
        </div>
      </header>
      <div className="closed-body">
        <p className="closed-reason" data-testid="closed-reason">
          {t(`hours.kiosk.reason.${hall.reason ?? 'after_closing'}`)}
        </p>
        <section className="closed-next">
          <div className="closed-label">{t('hours.kiosk.nextLabel')}</div>
          <div className="closed-when" data-testid="closed-next">
            {next ? whenText(t, next, businessDay, timeZone) : t('hours.kiosk.noNext')}
          </div>
        </section>
        {spans.length > 0 && (
          <p className="closed-today" data-testid="closed-today">
            {t('hours.kiosk.todayHours')}{' '}
            {spans.map((p) => (
              <span key={p.start}>
                {p.start}–{p.end}
              </span>
            ))}
          </p>
        )}
        {hours.phone && (
          <p className="closed-phone" data-testid="closed-phone">
            {t('hours.kiosk.phone')} <b>{hours.phone}</b>
          </p>
        )}
      </div>
      <div className="closed-actions" data-testid="closed-actions">
        {actions}
      </div>
    </main>
  );
}
