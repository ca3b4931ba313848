// What every configuration page's editor shares: a labelled field that shows the hall's refusal next to
// itself when the refusal names it (`error.field`, e.g. `prefix` or `name.zh-CN`), and a save that
// keeps that refusal until the next try (the runner shows it as a notice too).
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandName, HallError, HallSettingsView, Input, Localized, Output } from '../../../electron/contract';
import { languages } from '../i18n';
import type { Admin } from './useAdmin';
import './config-pages.css';

/** Whether the refusal names this field or a part of it (`ticketNotice` for `ticketNotice.2`). */
export function namesField(error: HallError | null, name: string): boolean {
  const field = error?.field;
  return field !== undefined && (field === name || field.startsWith(`${name}.`));
}

interface FieldProps {
  label: string;
  /** The command's input field this edits, as the hall names it in a refusal. */
  name: string;
  error: HallError | null;
  children: ReactNode;
  /** A group of controls (check boxes) rather than one input. */
  group?: boolean;
  wide?: boolean;
}

export function Field({ label, name, error, children, group = false, wide = false }: FieldProps) {
  const { t } = useTranslation();
  const bad = namesField(error, name);
  const className = `cfg-field${bad ? ' bad' : ''}${wide ? ' wide' : ''}`;
  const message = bad && (
    <small className="cfg-field-error" role="alert" data-testid={`field-error-${name}`}>
      {t('configPages.fieldError', { message: error!.message })}
    </small>
  );
  if (group) {
    return (
      <div className={className} role="group" aria-label={label} data-field={name}>
        <span>{label}</span>
        {children}
        {message}
      </div>
    );
  }
  return (
    <label className={className} data-field={name}>
      <span>{label}</span>
      {children}
      {message}
    </label>
  );
}

/** A name in each of the hall's three languages, each its own field (`name.zh-CN` …) in a refusal. */
export function NameFields(props: { name: Localized; onChange(name: Localized): void; label(lang: string): string; testId: string; error: HallError | null }) {
  return languages.map((lang) => (
    <Field key={lang} label={props.label(lang)} name={`name.${lang}`} error={props.error}>
      <input
        lang={lang}
        value={props.name[lang]}
        onChange={(e) => props.onChange({ ...props.name, [lang]: e.target.value })}
        data-testid={`${props.testId}-name-${lang}`}
      />
    </Field>
  ));
}

/** Sends a save; on success a notice, on a refusal the error kept for the fields. */
export function useSave(admin: Admin) {
  const [error, setError] = useState<HallError | null>(null);
  const save = async <K extends CommandName>(name: K, input: Input<K>): Promise<Output<K> | null> => {
    const result = await admin.run(name, input);
    setError(result.ok ? null : result.error);
    if (!result.ok) return null;
    admin.setNotice({ kind: 'ok', key: 'configPages.saved' });
    return result.value;
  };
  return { error, setError, save };
}

/**
 * A form over the hall's settings (config.hall → config.saveHall): loaded once, saved with the fields a
 * section sends (what is not sent is kept), the form re-made from what the hall saved.
 */
export function useHallForm<F>(admin: Admin, formOf: (h: HallSettingsView) => F) {
  const { run } = admin;
  const { error, save } = useSave(admin);
  const [form, setForm] = useState<F | null>(null);
  useEffect(() => {
    void run('config.hall', {}).then((r) => r.ok && setForm(formOf(r.value)));
  }, [run, formOf]);
  const saveHall = async (input: Input<'config.saveHall'>) => {
    const saved = await save('config.saveHall', input);
    if (saved) setForm(formOf(saved));
  };
  return { form, setForm, error, saveHall };
}

/** A number input's text as the hall expects it: an empty box is sent as NaN, refused with its field. */
export const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));
