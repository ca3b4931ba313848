// 实时大厅: the hall now, for the manager to read at a glance. The whole view comes from live.get and is
// then replaced by each live.changed push (the hall pushes on every change: never reloaded, never
// polled); durations tick here once a second from the hall's timestamps. Alerts on top, today's figures,
// the windows as cards coloured by status, and the queues beside them.
import { useTranslation } from 'react-i18next';
import { formatHallTime } from '../../../../electron/shared/hall-time';
import { useLiveQuery } from '../../shared/useLiveQuery';
import type { Admin } from '../useAdmin';
import { LiveAlerts } from './LiveAlerts';
import { LiveFigures } from './LiveFigures';
import { LiveQueues } from './LiveQueues';
import { LiveWindowCard } from './LiveWindowCard';
import { useTicker } from './useTicker';
import './live.css';

export function LivePage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { value: view } = useLiveQuery('live.get', admin.who ? {} : null, { name: 'live.changed', apply: (pushed) => pushed }, { send: admin.run });
  const now = useTicker(view?.now ?? null);
  if (!view) return null;
  return (
    <div className="live-page" data-testid="live-page">
      <LiveAlerts alerts={view.alerts} services={view.services} now={now} />
      <LiveFigures figures={view.figures} />
      <div className="live-body">
        <section className="live-windows" data-testid="live-windows">
          {view.windows.map((w) => (
            <LiveWindowCard key={w.number} admin={admin} window={w} now={now} />
          ))}
        </section>
        <LiveQueues services={view.services} maxWaitMinutes={view.maxWaitMinutes} now={now} />
      </div>
      <p className="live-as-of" data-testid="live-as-of">
        {view.businessDay} · {t('live.asOf', { time: formatHallTime(view.now, 'timeSeconds', view.timeZone) })}
      </p>
    </div>
  );
}
