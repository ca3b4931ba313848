// One window on the live page, coloured by its status: open (green), paused (amber, with its reason and
// for how long), closed (grey). The clerk, the ticket at the window in large digits and for how long since
// its call (ticking here from the hall's call time), served today; the manager's sign-out of the clerk.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveWindow } from '../../../../electron/contract';
import type { Admin } from '../useAdmin';
import { clockDuration, secondsSince } from './live-format';
import { SignOutForm } from './SignOutForm';

export function LiveWindowCard({ admin, window: w, now }: { admin: Admin; window: LiveWindow; now: number }) {
  const { t } = useTranslation();
  const [signingOut, setSigningOut] = useState(false);
  return (
    <article className={`live-window live-window-${w.status}`} data-testid={`live-window-${w.number}`} data-status={w.status}>
      <header>
        <h3>{t('live.window.title', { n: w.number })}</h3>
        <span className="live-status" data-testid={`live-window-status-${w.number}`}>
          {t(`live.status.${w.status}`)}
        </span>
      </header>
      <p className="live-clerk" data-testid={`live-window-clerk-${w.number}`}>
        {w.clerk ? w.clerk.name : t('live.window.noClerk')}
      </p>
      <div className="live-current">
        {w.current ? (
          <>
            <span className="live-number" data-testid={`live-window-current-${w.number}`}>
              {w.current.number}
            </span>
            <span className="live-since" data-testid={`live-window-since-${w.number}`}>
              {t('live.window.since', { time: clockDuration(secondsSince(w.current.calledAt, now)) })}
            </span>
          </>
        ) : w.status === 'paused' ? (
          <>
            <span className="live-pause-reason" data-testid={`live-window-pause-${w.number}`}>
              {w.pauseReason ? t(`pauseReason.${w.pauseReason}`) : t('live.status.paused')}
            </span>
            {w.pausedAt && <span className="live-since">{t('live.window.pausedSince', { time: clockDuration(secondsSince(w.pausedAt, now)) })}</span>}
          </>
        ) : (
          <span className="live-idle">{w.status === 'open' ? t('live.window.idle') : '—'}</span>
        )}
      </div>
      <footer>
        <span className="live-served">
          {t('live.window.served')} <b data-testid={`live-window-served-${w.number}`}>{w.servedToday}</b>
        </span>
        {w.clerk && !signingOut && (
          <button type="button" className="live-signout-open" onClick={() => setSigningOut(true)} data-testid={`live-signout-${w.number}`}>
            {t('live.window.signOut')}
          </button>
        )}
      </footer>
      {signingOut && <SignOutForm admin={admin} window={w} onDone={() => setSigningOut(false)} />}
    </article>
  );
}
