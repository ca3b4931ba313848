// The manager's sign-out of a clerk, inside the window's card: a reason is required (the hall refuses a
// blank one too); it says beforehand what happens to the ticket at the window (back to the head of its queue).
// It signs out the clerk who was at the window when the manager opened it, by id: if a push changes the
// card meanwhile (that clerk left, another signed in), the hall refuses (other_clerk) rather than sign
// out someone the manager never chose.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveWindow } from '../../../../electron/contract';
import type { Admin } from '../useAdmin';

export function SignOutForm({ admin, window: w, onDone }: { admin: Admin; window: LiveWindow; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [clerk] = useState(w.clerk);
  const name = clerk?.name ?? '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!clerk) return;
    const r = await admin.run('live.signOut', { window: w.number, clerkId: clerk.id, reason });
    if (!r.ok) return; // the runner shows the refusal
    const returned = r.value.returned;
    admin.setNotice(
      returned
        ? { kind: 'ok', key: 'live.signOut.doneReturned', values: { name: r.value.clerk.name, number: returned.number } }
        : { kind: 'ok', key: 'live.signOut.done', values: { name: r.value.clerk.name } },
    );
    onDone();
  };
  return (
    <form className="live-signout" onSubmit={(e) => void submit(e)} data-testid={`live-signout-form-${w.number}`}>
      <p className="live-signout-title">{t('live.signOut.title', { name, n: w.number })}</p>
      {w.current && <p className="live-signout-note">{t('live.signOut.returnsTicket', { number: w.current.number })}</p>}
      <input
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-label={t('live.signOut.reason')}
        placeholder={t('live.signOut.reasonHint')}
        maxLength={200}
        required
        autoFocus
        data-testid={`live-signout-reason-${w.number}`}
      />
      <div className="live-signout-actions">
        <button type="submit" className="live-danger" disabled={admin.busy || reason.trim() === ''} data-testid={`live-signout-confirm-${w.number}`}>
          {t('live.signOut.confirm')}
        </button>
        <button type="button" onClick={onDone}>
          {t('live.signOut.cancel')}
        </button>
      </div>
    </form>
  );
}
