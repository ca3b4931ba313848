// 暂停: the reason shows on the hall screen (开会 / 午休 / 暂离 / 其他).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pauseReasons, type PauseReason } from '../../../electron/contract';
import { Dialog } from './Dialog';

interface Props {
  busy: boolean;
  onConfirm: (reason: PauseReason) => void;
  onCancel: () => void;
}

export function PauseDialog({ busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<PauseReason>('meeting');
  return (
    <Dialog
      title={t('console.pauseTitle')}
      confirm={t('console.action.pause')}
      busy={busy}
      onConfirm={() => onConfirm(reason)}
      onCancel={onCancel}
      testId="pause-dialog"
    >
      <fieldset className="choices grid">
        {pauseReasons.map((r) => (
          <label key={r} className={r === reason ? 'chosen' : ''}>
            <input type="radio" name="reason" value={r} checked={r === reason} onChange={() => setReason(r)} />
            <span>{t(`pauseReason.${r}`)}</span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
