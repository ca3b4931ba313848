// 指定叫号: call one waiting ticket out of turn. A reason is required (other: with a note); the hall
// records it with who called, and a hall may turn the whole thing off (allowCallSpecific).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callReasons, type CallReason, type TicketView } from '../../../../electron/contract';
import { Dialog } from '../Dialog';

interface Props {
  ticket: TicketView;
  busy: boolean;
  onConfirm: (reason: CallReason, note: string) => void;
  onCancel: () => void;
}

export function CallTicketDialog({ ticket, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<CallReason>('returned');
  const [note, setNote] = useState('');
  const noteMissing = reason === 'other' && note.trim() === '';
  return (
    <Dialog
      title={t('queueMoves.callTicket.title', { number: ticket.number })}
      confirm={t('queueMoves.callTicket.confirm')}
      busy={busy || noteMissing}
      onConfirm={() => onConfirm(reason, note.trim())}
      onCancel={onCancel}
      testId="call-ticket-dialog"
    >
      <p className="qm-hint">{t('queueMoves.callTicket.audited')}</p>
      <fieldset className="choices grid" aria-label={t('queueMoves.callTicket.reason')}>
        {callReasons.map((r) => (
          <label key={r} className={r === reason ? 'chosen' : ''}>
            <input type="radio" name="call-reason" checked={r === reason} onChange={() => setReason(r)} />
            <span>{t(`queueMoves.callReason.${r}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('queueMoves.callTicket.note')}</span>
        <input value={note} maxLength={100} onChange={(e) => setNote(e.target.value)} data-testid="call-ticket-note" />
      </label>
    </Dialog>
  );
}
