// A red band the moment residents wait with nobody to serve them: no window open while the hall is
// open, or a service no open window serves. On every console (a clerk can open a window, or tell the
// manager) and on the manager's page. Kept live by staffing.changed; fetched on (re)connection.
import { useTranslation } from 'react-i18next';
import type { StaffingAlert as Alert, StaffingView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { useLiveQuery } from '../shared/useLiveQuery';
import { useServices } from '../shared/useServices';
import './staffing-alert.css';

const takePushedAlerts = { name: 'staffing.changed' as const, apply: (view: StaffingView) => view };

export function StaffingAlert({ audience }: { audience: 'clerk' | 'manager' }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const services = useServices(false) ?? [];
  const alerts = useLiveQuery('staffing.alerts', {}, takePushedAlerts).value?.alerts ?? [];
  if (alerts.length === 0) return null;
  const text = (a: Alert) => {
    if (a.kind === 'no_window_open') return t('staffing.noWindowOpen');
    const s = services.find((x) => x.id === a.serviceId);
    return t('staffing.unserved', { service: s ? `${s.prefix} ${pick(s.name)}` : a.serviceId, count: a.waiting });
  };
  return (
    <div className={`staffing-alert staffing-alert-${audience}`} role="alert" data-testid="staffing-alert">
      <ul>
        {alerts.map((a) => (
          <li key={a.kind === 'no_window_open' ? a.kind : a.serviceId} data-testid={`staffing-${a.kind}`}>
            {text(a)}
          </li>
        ))}
      </ul>
      {audience === 'clerk' && <span className="staffing-alert-tell">{t('staffing.tellManager')}</span>}
    </div>
  );
}
