// The calls before the latest one, newest first.
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../electron/contract';

export function RecentCalls({ calls }: { calls: CallView[] }) {
  const { t } = useTranslation();
  return (
    <div className="board recent-calls" data-testid="recent-calls">
      <h2>{t('caller.recent')}</h2>
      <ol>
        {calls.map((c) => (
          <li key={`${c.number}-${c.windowNo}-${c.at}`}>
            <strong>{c.number}</strong>
            <span>{t('window.name', { number: c.windowNo })}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
