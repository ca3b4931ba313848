// The alerts strip at the top of the live page: every alert in words, strong red; a calm green line when
// there is none. Each alert's words come from the locale section live.alerts (names in the screen's language).
import { useTranslation } from 'react-i18next';
import type { LiveAlert, LiveService } from '../../../../electron/contract';
import { useLang } from '../../shared/useLang';
import { clockDuration, deviceFaultKey, secondsSince } from './live-format';

export function LiveAlerts({ alerts, services, now }: { alerts: LiveAlert[]; services: LiveService[]; now: number }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const serviceName = (id: string) => {
    const s = services.find((x) => x.id === id);
    return s ? pick(s.name) : id;
  };
  const text = (a: LiveAlert): string => {
    switch (a.kind) {
      case 'no_window_open':
        return t('live.alerts.no_window_open');
      case 'service_unserved':
        return t('live.alerts.service_unserved', { service: serviceName(a.serviceId), count: a.waiting });
      case 'wait_over_target':
        return t('live.alerts.wait_over_target', {
          service: serviceName(a.serviceId),
          time: clockDuration(secondsSince(a.since, now)),
          target: a.targetMinutes,
        });
      case 'device_fault': {
        return t('live.alerts.device_fault', { device: `${t(`live.device.${a.deviceKind}`)} ${a.deviceId}`, fault: t(deviceFaultKey(a)) });
      }
      case 'backup':
        return t('live.alerts.backup', { what: t(`live.backup.${a.alert}`) });
      case 'sync_failed':
      case 'sync_overdue':
        return t(`live.alerts.${a.kind}`, { day: a.day });
    }
  };
  if (alerts.length === 0) {
    return (
      <section className="live-alerts live-alerts-clear" data-testid="live-alerts">
        {t('live.alerts.allClear')}
      </section>
    );
  }
  return (
    <section className="live-alerts" role="alert" aria-label={t('live.alerts.title')} data-testid="live-alerts">
      <h3>{t('live.alerts.title')}</h3>
      <ul>
        {alerts.map((a, i) => (
          <li key={`${a.kind}-${i}`} data-testid={`live-alert-${a.kind}`}>
            {text(a)}
          </li>
        ))}
      </ul>
    </section>
  );
}
