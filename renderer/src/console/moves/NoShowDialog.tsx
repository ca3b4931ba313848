// 未到 / 过号 asks first: F6 opens this, Enter confirms (the confirm button has the focus), Esc cancels.
import { useTranslation } from 'react-i18next';
import type { TicketView } from '../../../../electron/contract';
import { Dialog } from '../Dialog';

interface Props {
  ticket: TicketView;
  /** How long it can be undone afterwards (the hall's noShowUndoSeconds). */
  undoSeconds: number;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function NoShowDialog({ ticket, undoSeconds, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('queueMoves.noShow.title', { number: ticket.number })}
      confirm={t('queueMoves.noShow.confirm')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId="noshow-dialog"
      autoFocusConfirm
    >
      <p className="qm-hint">{t('queueMoves.noShow.hint', { seconds: undoSeconds })}</p>
    </Dialog>
  );
}
