// The hall's rating rules: how long a window waits, the ceiling while a resident keeps using the pad
// (issue 14), the default level (a local rule), whether the next call waits for the rating, and the
// follow-up due days. A refused value is shown beside its field (config-form.tsx's Field).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingSettings } from '../../../electron/contract';
import { Field, numberOf, useSave } from './config-form';
import type { Admin } from './useAdmin';

type NumberKey = 'timeoutSeconds' | 'maxSeconds' | 'followUpDueDays';
/** The number fields as typed (an empty box is sent as NaN and refused with its field). */
type Form = Omit<RatingSettings, NumberKey> & Record<NumberKey, string>;

const formOf = (s: RatingSettings): Form => ({
  ...s,
  timeoutSeconds: String(s.timeoutSeconds),
  maxSeconds: String(s.maxSeconds),
  followUpDueDays: String(s.followUpDueDays),
});

export function RatingSettingsForm({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form | null>(null);
  const { run } = admin;
  const { error, save } = useSave(admin);
  useEffect(() => {
    void run('ratings.settings', {}).then((r) => r.ok && setForm(formOf(r.value)));
  }, [run]);
  if (!form) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save('ratings.configure', {
      timeoutSeconds: numberOf(form.timeoutSeconds),
      maxSeconds: numberOf(form.maxSeconds),
      defaultLevel: form.defaultLevel,
      blockCallUntilRated: form.blockCallUntilRated,
      followUpDueDays: numberOf(form.followUpDueDays),
    });
    if (!saved) return;
    setForm(formOf(saved));
    admin.setNotice({ kind: 'ok', key: 'admin.settings.saved' }); // the rating rules' own wording
  };
  const number = (key: NumberKey, label: string) => (
    <Field label={label} name={key} error={error}>
      <input type="number" value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} data-testid={`setting-${key}`} />
    </Field>
  );
  return (
    <form className="rating-settings" onSubmit={(e) => void submit(e)} data-testid="rating-settings">
      {number('timeoutSeconds', t('admin.settings.timeoutSeconds'))}
      {number('maxSeconds', t('ratingWait.settings.maxSeconds'))}
      <label>
        <span>{t('admin.settings.defaultLevel')}</span>
        <select
          value={form.defaultLevel ?? ''}
          onChange={(e) => setForm({ ...form, defaultLevel: e.target.value ? (Number(e.target.value) as 3 | 4 | 5) : null })}
        >
          <option value="">{t('admin.settings.noDefault')}</option>
          {[5, 4, 3].map((level) => (
            <option key={level} value={level}>
              {t('admin.settings.defaultTo', { level: t(`rating.level.${level}`) })}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={form.blockCallUntilRated}
          onChange={(e) => setForm({ ...form, blockCallUntilRated: e.target.checked })}
          data-testid="setting-block"
        />
        <span>{t('admin.settings.blockCallUntilRated')}</span>
      </label>
      {number('followUpDueDays', t('admin.settings.followUpDueDays'))}
      <button type="submit" disabled={admin.busy}>
        {t('admin.settings.save')}
      </button>
    </form>
  );
}
