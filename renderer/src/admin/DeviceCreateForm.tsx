// A new kiosk or pad account: its kind, a name staff recognise it by, and a pad's window (only the
// windows without an active pad are offered; the hall checks again). Its pairing code follows at once.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceAccountKind, DeviceAccountView } from '../../../electron/contract';
import type { Admin } from './useAdmin';

interface Props {
  admin: Admin;
  freeWindows: number[];
  onCreated: (device: DeviceAccountView) => void | Promise<void>;
}

export function DeviceCreateForm({ admin, freeWindows, onCreated }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DeviceAccountKind>('kiosk');
  const [name, setName] = useState('');
  const [windowNo, setWindowNo] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = kind === 'pad' ? { kind, name, window: Number(windowNo) } : { kind, name };
    const result = await admin.run('devices.create', input);
    if (!result.ok) return;
    setName('');
    setWindowNo('');
    await onCreated(result.value);
  };
  return (
    <form className="device-create" onSubmit={(e) => void submit(e)} data-testid="device-create">
      <h3>{t('pairing.create')}</h3>
      <label>
        <span>{t('pairing.col.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as DeviceAccountKind)} data-testid="device-kind">
          <option value="kiosk">{t('pairing.kind.kiosk')}</option>
          <option value="pad">{t('pairing.kind.pad')}</option>
        </select>
      </label>
      <label className="device-name">
        <span>{t('pairing.col.name')}</span>
        <input
          value={name}
          maxLength={40}
          placeholder={t(`pairing.namePlaceholder.${kind}`)}
          onChange={(e) => setName(e.target.value)}
          data-testid="device-name"
        />
      </label>
      {kind === 'pad' && (
        <label>
          <span>{t('pairing.col.window')}</span>
          <select value={windowNo} onChange={(e) => setWindowNo(e.target.value)} data-testid="device-window">
            <option value="">{t('pairing.pickWindow')}</option>
            {freeWindows.map((w) => (
              <option key={w} value={w}>
                {t('pairing.windowN', { n: w })}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" className="primary" disabled={admin.busy || !name.trim() || (kind === 'pad' && !windowNo)} data-testid="device-create-submit">
        {t('pairing.createSubmit')}
      </button>
    </form>
  );
}
