// The case's next step (核实, 整改 or 反馈) with its notes; the hall records who and when.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpStep, FollowUpView } from '../../../electron/contract';
import type { Admin } from './useAdmin';

interface Props {
  admin: Admin;
  id: number;
  step: FollowUpStep;
  onDone: (updated: FollowUpView) => Promise<void>;
}

export function StepForm({ admin, id, step, onDone }: Props) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState('');
  const name = t(`rating.step.${step}`);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await admin.run('followups.record', { id, step, notes });
    if (!result.ok) return;
    admin.setNotice({ kind: 'ok', key: 'admin.recorded', values: { step: { key: `rating.step.${step}` } } });
    await onDone(result.value);
  };
  return (
    <form className="step-form" onSubmit={(e) => void submit(e)} data-testid="step-form">
      <label>
        <span>
          {name} · {t('admin.notes')}
        </span>
        <textarea
          value={notes}
          maxLength={1000}
          rows={3}
          placeholder={t('admin.notesPlaceholder', { step: name })}
          onChange={(e) => setNotes(e.target.value)}
          data-testid="step-notes"
        />
      </label>
      <button type="submit" disabled={admin.busy || !notes.trim()} data-testid="step-submit">
        {t('admin.record', { step: name })}
      </button>
    </form>
  );
}
