// The hall manager's first screen on a new hall PC: the setup code from the terminal, the hall, the
// manager's own account and what to start from: a template, or another hall's configuration file
// (SetupFileChoice: its dry run first). An error is shown at the field the hall names.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setupTemplates, type HallError, type SetupDone, type SetupTemplate } from '../../../electron/contract';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { postSetup, waitForHall } from './setup-api';
import { SetupFileChoice, type ChosenFile } from './SetupFileChoice';

const blank = {
  code: new URLSearchParams(window.location.search).get('code') ?? '',
  hallName: '',
  hallCode: '',
  regionCode: '',
  timeZone: 'Asia/Shanghai',
  managerId: '',
  managerName: '',
  pin: '',
  pinAgain: '',
  template: 'demo-services' as SetupTemplate,
};
type Form = typeof blank;
/** A form field, or the chosen file (its entries' errors are `file.items[3].serviceId`). */
type Field = keyof Form | 'file';
/** The form's field for each field the hall may name in an error. */
const fieldOf: Record<string, keyof Form> = { 'manager.id': 'managerId', 'manager.name': 'managerName', 'manager.pin': 'pin' };

export function SetupApp() {
  const { t } = useTranslation();
  const [form, setForm] = useState(blank);
  const [error, setError] = useState<{ field: Field | null; text: string } | null>(null);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<SetupDone | null>(null);
  const [hallUp, setHallUp] = useState(false);
  useEffect(() => {
    if (!done) return;
    const stop = new AbortController();
    void waitForHall(stop.signal).then(() => setHallUp(true));
    return () => stop.abort();
  }, [done]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.pin !== form.pinAgain) return setError({ field: 'pinAgain', text: t('setup.pinMismatch') });
    if (form.template === 'file' && !chosen) return setError({ field: 'file', text: t('setup.noFile') });
    setBusy(true);
    const { code, managerId, managerName, pin, pinAgain: _again, ...hall } = form;
    const file = form.template === 'file' ? { file: chosen?.file } : {};
    const answer = await postSetup(code, { ...hall, ...file, manager: { id: managerId.trim(), name: managerName.trim(), pin } });
    setBusy(false);
    if (answer.ok) return setDone(answer.value);
    setError(describe(answer.error));
  };
  const describe = (e: HallError | { code: 'local'; field: Field; message: string }) => {
    if (e.code === 'local') return { field: e.field, text: e.message };
    if (e.field === 'file' || e.field?.startsWith('file.')) {
      // The file's entry and field as the hall names them (items[3].serviceId), then what is wrong.
      const entry = e.field.slice('file.'.length);
      const label = [t('setup.field.file'), entry].filter(Boolean).join(' ');
      return { field: 'file' as const, text: t('setup.fieldError', { field: label, detail: e.message.replace(/^[^:]*: /, '') }) };
    }
    const field = e.field ? (fieldOf[e.field] ?? (e.field in blank ? (e.field as keyof Form) : null)) : null;
    const label = field ? t(`setup.field.${field}`) : null;
    // The hall's messages are English (for logs): a field's rule is said in the manager's language.
    const ruled = field && field !== 'pinAgain' && e.code !== 'conflict' ? t(`setup.rule.${field}`) : null;
    const detail = e.code === 'offline' ? t('setup.offline') : (ruled ?? e.message.replace(/^[\w.]+: /, ''));
    return { field, text: label ? t('setup.fieldError', { field: label, detail }) : detail };
  };
  const input = (key: keyof Form, props: { type?: string; hint?: boolean; inputMode?: 'numeric' } = {}): ReactNode => (
    <label className={error?.field === key ? 'invalid' : ''}>
      <span>{t(`setup.field.${key}`)}</span>
      <input
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        aria-invalid={error?.field === key}
        data-testid={`setup-${key}`}
      />
      {props.hint && <small>{t(`setup.hint.${key}`)}</small>}
    </label>
  );

  if (done) {
    return (
      <main className="setup">
        <section className="setup-card" data-testid="setup-done">
          <h1>{t('setup.doneTitle')}</h1>
          <p>{t(done.plan ? 'setup.doneFile' : 'setup.doneText', { manager: done.manager, services: done.services, items: done.items })}</p>
          {(['clerk_without_pin', 'device_unpaired'] as const).map((code) => {
            const count = done.plan?.warnings.filter((w) => w.code === code).length ?? 0;
            const text = code === 'clerk_without_pin' ? 'setup.afterPins' : 'setup.afterDevices';
            return (
              count > 0 && (
                <p key={code} className="setup-after" data-testid={`setup-after-${code}`}>
                  {t(text, { count })}
                </p>
              )
            );
          })}
          {hallUp ? (
            <a className="setup-go" href="/admin.html" data-testid="setup-go-admin">
              {t('setup.goAdmin')}
            </a>
          ) : (
            <p>{t('setup.starting')}</p>
          )}
        </section>
      </main>
    );
  }
  return (
    <main className="setup">
      <form className="setup-card" onSubmit={(e) => void submit(e)} data-testid="setup-form">
        <header>
          <h1>{t('setup.title')}</h1>
          <LanguageSwitch />
        </header>
        <p className="setup-intro">{t('setup.intro')}</p>
        {input('code', { hint: true, inputMode: 'numeric' })}
        <fieldset>
          <legend>{t('setup.hallTitle')}</legend>
          {input('hallName')}
          <div className="setup-row">
            {input('hallCode', { hint: true })}
            {input('regionCode', { hint: true, inputMode: 'numeric' })}
          </div>
          {input('timeZone', { hint: true })}
        </fieldset>
        <fieldset>
          <legend>{t('setup.managerTitle')}</legend>
          <div className="setup-row">
            {input('managerId')}
            {input('managerName')}
          </div>
          <div className="setup-row">
            {input('pin', { type: 'password', hint: true, inputMode: 'numeric' })}
            {input('pinAgain', { type: 'password', inputMode: 'numeric' })}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('setup.templateTitle')}</legend>
          {setupTemplates.map((template) => (
            <label key={template} className="setup-choice">
              <input
                type="radio"
                name="template"
                checked={form.template === template}
                onChange={() => setForm({ ...form, template })}
                data-testid={`setup-template-${template}`}
              />
              <span>
                <b>{t(`setup.template.${template}`)}</b>
                <small>{t(`setup.templateHint.${template}`)}</small>
              </span>
            </label>
          ))}
          {form.template === 'file' && (
            <SetupFileChoice
              code={form.code}
              managerId={form.managerId}
              chosen={chosen}
              invalid={error?.field === 'file'}
              onChosen={(next) => {
                setChosen(next);
                if (next) setError(null);
              }}
              onError={(e) => setError(describe(e))}
            />
          )}
        </fieldset>
        {error && (
          <p className="setup-error" role="alert" data-testid="setup-error">
            {error.text}
          </p>
        )}
        <button type="submit" disabled={busy} data-testid="setup-submit">
          {t('setup.submit')}
        </button>
      </form>
    </main>
  );
}
