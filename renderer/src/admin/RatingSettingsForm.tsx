// The hall's rating rules: how long a window waits, the default level (a local rule), whether the next
// call waits for the rating, and the follow-up due days.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingSettings } from '../../../electron/contract';
import type { Admin } from './useAdmin';

export function RatingSettingsForm({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<RatingSettings | null>(null);
  const { run } = admin;
  useEffect(() => {
    void run('ratings.settings', {}).then((r) => r.ok && setForm(r.value));
  }, [run]);
  if (!form) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run('ratings.configure', form);
    if (result.ok) {
      setForm(result.value);
      admin.setNotice({ kind: 'ok', text: t('admin.settings.saved') });
    }
  };
  const number = (key: 'timeoutSeconds' | 'followUpDueDays') => (
    <label>
      <span>{t(`admin.settings.${key}`)}</span>
      <input type="number" value={form[key]} onChange={(e) => setForm({ ...form, [key]: Number(e.target.value) })} data-testid={`setting-${key}`} />
    </label>
  );
  return (
    <form className="rating-settings" onSubmit={(e) => void submit(e)} data-testid="rating-settings">
      {number('timeoutSeconds')}
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
      {number('followUpDueDays')}
      <button type="submit" disabled={admin.busy}>
        {t('admin.settings.save')}
      </button>
    </form>
  );
}
