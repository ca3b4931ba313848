// A thin band while the hall's backups or its disk need the manager: no backup folder, no good copy
// for 36 h, the last backup failed, the disk nearly full. Clerks see it on the console (to tell the
// manager), the manager on the admin page. Kept live by backup.changed; fetched on (re)connection.
import { useTranslation } from 'react-i18next';
import type { BackupAlertsView } from '../../../electron/contract';
import { joinSentences } from '../shared/list-text';
import { useLiveQuery } from '../shared/useLiveQuery';
import './backup-alert.css';

const takePushedAlerts = { name: 'backup.changed' as const, apply: (view: BackupAlertsView) => view };

export function BackupAlert({ audience }: { audience: 'clerk' | 'manager' }) {
  const { t } = useTranslation();
  const alerts = useLiveQuery('backup.alerts', {}, takePushedAlerts).value?.alerts ?? [];
  if (alerts.length === 0) return null;
  return (
    <div className={`backup-alert backup-alert-${audience}`} role="alert" data-testid="backup-alert">
      <span className="backup-alert-text">
        {joinSentences(
          t,
          alerts.map((kind) => t(`backup.alert.${kind}`)),
        )}
        {audience === 'clerk' && <span className="backup-alert-tell">{t('backup.alert.tellManager')}</span>}
      </span>
    </div>
  );
}
