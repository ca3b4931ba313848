// The voice page: what the hall screen and the kiosk say and how loud (applied live to every screen),
// a sample call to listen to, and every clip in use, the hall's own recordings marked, each playable.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoiceOutput, VoiceSettingsView } from '../../../electron/contract';
import { announcement, clipUrl } from '../../../electron/shared/voice';
import { playClips } from '../shared/clip-player';
import { Field, numberOf, useSave } from './config-form';
import type { Admin } from './useAdmin';
import { VoiceClipTable } from './VoiceClipTable';
import './voice.css';

type Role = 'caller' | 'kiosk';
interface Form {
  english: boolean;
  caller: { on: boolean; volume: string };
  kiosk: { on: boolean; volume: string };
}

const outputForm = (o: VoiceOutput) => ({ on: o.on, volume: String(o.volume) });
const formOf = (v: VoiceSettingsView): Form => ({ english: v.english, caller: outputForm(v.caller), kiosk: outputForm(v.kiosk) });

export function VoicePage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const { error, save } = useSave(admin);
  const [form, setForm] = useState<Form | null>(null);
  const [saved, setSaved] = useState<VoiceSettingsView | null>(null);
  useEffect(() => {
    void run('voice.settings', {}).then((r) => {
      if (!r.ok) return;
      setSaved(r.value);
      setForm(formOf(r.value));
    });
  }, [run]);
  if (!form) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const output = (role: Role) => ({ on: form[role].on, volume: numberOf(form[role].volume) });
    const next = await save('voice.saveSettings', { english: form.english, caller: output('caller'), kiosk: output('kiosk') });
    if (!next) return;
    setSaved(next);
    setForm(formOf(next));
  };
  const setRole = (role: Role, change: Partial<Form[Role]>) => setForm({ ...form, [role]: { ...form[role], ...change } });
  const sample = () => {
    const ids = announcement({ number: 'A001', windowNo: 3 }, saved?.languages ?? ['zh-CN']);
    playClips(ids.map(clipUrl), { volume: (saved?.caller.volume ?? 100) / 100 });
  };

  const roleSection = (role: Role) => (
    <section key={role}>
      <h3>{t(`voice.admin.${role}`)}</h3>
      <label className="check">
        <input type="checkbox" checked={form[role].on} onChange={(e) => setRole(role, { on: e.target.checked })} data-testid={`voice-${role}-on`} />
        <span>{t('voice.admin.on')}</span>
      </label>
      <Field label={t('voice.admin.volume')} name={`${role}.volume`} error={error}>
        <input
          type="number"
          min={0}
          max={100}
          value={form[role].volume}
          onChange={(e) => setRole(role, { volume: e.target.value })}
          data-testid={`voice-${role}-volume`}
        />
      </Field>
      <p className="cfg-hint">{t(`voice.admin.${role}Hint`)}</p>
    </section>
  );

  return (
    <div className="voice-page">
      <form className="cfg-hall" onSubmit={(e) => void submit(e)} data-testid="voice-settings">
        <section>
          <h3>{t('voice.admin.languages')}</h3>
          <label className="check">
            <input type="checkbox" checked disabled />
            <span>{t('voice.admin.mandarin')}</span>
          </label>
          <label className="check">
            <input type="checkbox" checked={form.english} onChange={(e) => setForm({ ...form, english: e.target.checked })} data-testid="voice-english" />
            <span>{t('voice.admin.english')}</span>
          </label>
          <p className="cfg-hint">{t('voice.admin.languagesHint')}</p>
          <button type="button" onClick={sample} data-testid="voice-sample">
            ▶ {t('voice.admin.sample')}
          </button>
        </section>
        {roleSection('caller')}
        {roleSection('kiosk')}
        <div className="cfg-actions">
          <button type="submit" className="primary" disabled={admin.busy} data-testid="voice-save">
            {t('configPages.save')}
          </button>
        </div>
      </form>
      <VoiceClipTable admin={admin} />
    </div>
  );
}
