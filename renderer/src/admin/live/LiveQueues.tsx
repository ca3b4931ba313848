// Waiting per service, with the longest current wait ticking; a wait above the hall's max wait stands out.
import { useTranslation } from 'react-i18next';
import type { LiveService } from '../../../../electron/contract';
import { useLang } from '../../shared/useLang';
import { clockDuration, secondsSince } from './live-format';

export function LiveQueues({ services, maxWaitMinutes, now }: { services: LiveService[]; maxWaitMinutes: number; now: number }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  return (
    <section className="live-queues" data-testid="live-queues">
      <h3>{t('live.queues.title')}</h3>
      <table>
        <thead>
          <tr>
            <th>{t('live.queues.service')}</th>
            <th>{t('live.queues.waiting')}</th>
            <th>{t('live.queues.longest')}</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => {
            const seconds = s.longestWaitingSince === null ? null : secondsSince(s.longestWaitingSince, now);
            const over = seconds !== null && maxWaitMinutes > 0 && seconds > maxWaitMinutes * 60;
            return (
              <tr key={s.id} className={s.waiting > 0 ? 'live-queue-busy' : 'live-queue-empty'} data-testid={`live-queue-${s.id}`}>
                <td title={pick(s.name)}>
                  <b className="live-prefix">{s.prefix}</b> {pick(s.name)}
                </td>
                <td className="live-queue-count" data-testid={`live-queue-waiting-${s.id}`}>
                  {s.waiting}
                </td>
                <td className={over ? 'live-queue-over' : undefined}>{seconds === null ? '—' : clockDuration(seconds)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
