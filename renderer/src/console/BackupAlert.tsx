// A thin band while the hall's backups or its disk need the manager: no backup folder, no good copy
// for 36 h, the last backup failed, the disk nearly full. Clerks see it on the console (to tell the
// manager), the manager on the admin page. Kept live by backup.changed; fetched on (re)connection.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupAlertKind } from '../../../electron/contract';
import { useHall } from '../shared/hall-context';
import { useConnection } from '../shared/useConnection';
import { useHallEvent } from '../shared/useHallEvent';
import './backup-alert.css';

export function BackupAlert({ audience }: { audience: 'clerk' | 'manager' }) {
  const { t } = useTranslation();
  const hall = useHall();
  const connection = useConnection();
  const [alerts, setAlerts] = useState<BackupAlertKind[]>([]);
  useHallEvent('backup.changed', (view) => setAlerts(view.alerts));
  useEffect(() => {
    if (connection !== 'connected') return;
    let live = true;
    void hall.send('backup.alerts', {}).then((result) => {
      if (live && result.ok) setAlerts(result.value.alerts);
    });
    return () => {
      live = false;
    };
  }, [hall, connection]);
  if (alerts.length === 0) return null;
  return (
    <div className={`backup-alert backup-alert-${audience}`} role="alert" data-testid="backup-alert">
      <span className="backup-alert-text">
        {alerts.map((kind) => t(`backup.alert.${kind}`)).join('；')}
        {audience === 'clerk' && <span className="backup-alert-tell">{t('backup.alert.tellManager')}</span>}
      </span>
    </div>
  );
}
