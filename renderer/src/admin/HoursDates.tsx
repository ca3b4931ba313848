// Public holidays and make-up working days: edited as one date a line, or a pasted list imported
// (one date a line of the chosen kind, or CSV date,type with holiday/makeup or 休/班).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallError, HoursSettingsView } from '../../../electron/contract';
import { Field } from './config-form';
import type { Admin } from './useAdmin';

interface Props {
  holidays: string;
  makeupDays: string;
  onChange(change: { holidays?: string; makeupDays?: string }): void;
  error: HallError | null;
  admin: Admin;
  onImported(view: HoursSettingsView): void;
}

export function HoursDates({ holidays, makeupDays, onChange, error, admin, onImported }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [type, setType] = useState<'holiday' | 'makeup'>('holiday');
  const [replace, setReplace] = useState(false);
  const [importError, setImportError] = useState<HallError | null>(null);
  const importList = async () => {
    const result = await admin.run('hours.importDates', { text, type, replace });
    setImportError(result.ok ? null : result.error);
    if (!result.ok) return;
    admin.setNotice({ kind: 'ok', key: 'hours.admin.imported', values: { count: result.value.imported } });
    setText('');
    onImported(result.value);
  };
  return (
    <section data-testid="hours-dates">
      <h3>{t('hours.admin.dates')}</h3>
      <div className="hours-dates">
        <Field label={t('hours.admin.holidays')} name="holidays" error={error}>
          <textarea rows={8} value={holidays} onChange={(e) => onChange({ holidays: e.target.value })} data-testid="hours-holidays" />
        </Field>
        <Field label={t('hours.admin.makeupDays')} name="makeupDays" error={error}>
          <textarea rows={8} value={makeupDays} onChange={(e) => onChange({ makeupDays: e.target.value })} data-testid="hours-makeup" />
        </Field>
      </div>
      <p className="cfg-hint">{t('hours.admin.datesHint')}</p>
      <Field label={t('hours.admin.pasteList')} name="text" error={importError} wide>
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} placeholder={'2026-10-01\n2026-10-10,班'} data-testid="hours-import-text" />
      </Field>
      <div className="hours-import-row">
        <select value={type} onChange={(e) => setType(e.target.value as 'holiday' | 'makeup')} data-testid="hours-import-type">
          <option value="holiday">{t('hours.admin.holidays')}</option>
          <option value="makeup">{t('hours.admin.makeupDays')}</option>
        </select>
        <label className="check">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
          <span>{t('hours.admin.replaceYears')}</span>
        </label>
        <button type="button" disabled={text.trim() === '' || admin.busy} onClick={() => void importList()} data-testid="hours-import">
          {t('hours.admin.import')}
        </button>
      </div>
    </section>
  );
}
