// The hall's rules for the clerk's queue moves (issue 14), saved on their own with config.saveHall (what
// is not sent is kept): how long a no-show can be undone, how far down and how often a no-show is
// re-queued (过号重排), and whether clerks may call a ticket out of turn (off: no cherry-picking).
// A section inside the hall page's form with its own save button (Enter in its fields saves it, not the page).
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallSettingsView } from '../../../electron/contract';
import { Field, numberOf, useHallForm } from './config-form';
import type { Admin } from './useAdmin';

interface Form {
  noShowUndoSeconds: string;
  requeueOffset: string;
  requeueLimit: string;
  allowCallSpecific: boolean;
}

const formOf = (h: HallSettingsView): Form => ({
  noShowUndoSeconds: String(h.noShowUndoSeconds),
  requeueOffset: String(h.requeueOffset),
  requeueLimit: String(h.requeueLimit),
  allowCallSpecific: h.allowCallSpecific,
});

export function QueueMoveSettings({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { form, setForm, error, saveHall } = useHallForm(admin, formOf);
  if (!form) return null;
  const submit = () =>
    saveHall({
      noShowUndoSeconds: numberOf(form.noShowUndoSeconds),
      requeueOffset: numberOf(form.requeueOffset),
      requeueLimit: numberOf(form.requeueLimit),
      allowCallSpecific: form.allowCallSpecific,
    });
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault(); // the page's own form would save the page's fields instead
    void submit();
  };
  const number = (key: 'noShowUndoSeconds' | 'requeueOffset' | 'requeueLimit') => (
    <Field label={t(`queueMoves.settings.${key}`)} name={key} error={error}>
      <input type="number" value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} data-testid={`hall-${key}`} />
    </Field>
  );
  return (
    <section data-testid="queue-move-settings" onKeyDown={onKey}>
      <h3>{t('queueMoves.settings.title')}</h3>
      {number('noShowUndoSeconds')}
      <div className="cfg-pair">
        {number('requeueOffset')}
        {number('requeueLimit')}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={form.allowCallSpecific}
          onChange={(e) => setForm({ ...form, allowCallSpecific: e.target.checked })}
          data-testid="hall-allowCallSpecific"
        />
        <span>{t('queueMoves.settings.allowCallSpecific')}</span>
      </label>
      <div className="cfg-actions">
        <button type="button" className="primary" disabled={admin.busy} onClick={() => void submit()} data-testid="queue-move-save">
          {t('queueMoves.settings.save')}
        </button>
      </div>
    </section>
  );
}
