// How many wait in each service (counts from the pushed hall view).
import { useTranslation } from 'react-i18next';
import type { ServiceView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';

export function WaitingBoard({ services, waiting }: { services: ServiceView[]; waiting: Record<string, number> }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  return (
    <div className="board waiting-board">
      <h2>{t('caller.waiting')}</h2>
      <ul>
        {services.map((s) => (
          <li key={s.id} data-testid={`caller-waiting-${s.id}`}>
            <span className="wait-prefix">{s.prefix}</span>
            <span className="wait-name">{pick(s.name)}</span>
            <strong>{t('caller.waitingCount', { count: waiting[s.id] ?? 0 })}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
