// The hall's devices on the LAN: kiosk and pad accounts with their state (paired, last seen, revoked),
// a new one, a one-time pairing code with its QR code (DeviceCodePanel), a pad moved to another window,
// a device revoked. Every change answers with the device as it now is; the list is read again after it.
import type { NoticeValue } from '../shared/notice-text';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceAccountView, PairingCodeView } from '../../../electron/contract';
import { useConnection } from '../shared/useConnection';
import { DeviceCodePanel } from './DeviceCodePanel';
import { DeviceCreateForm } from './DeviceCreateForm';
import { DeviceRow } from './DeviceRow';
import type { Admin } from './useAdmin';
import './devices.css';

export function DevicesPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const [devices, setDevices] = useState<DeviceAccountView[] | null>(null);
  const [windows, setWindows] = useState<number[]>([]);
  const [code, setCode] = useState<(PairingCodeView & { name: string }) | null>(null);

  const reload = useCallback(async () => {
    const list = await run('devices.accounts', {});
    if (list.ok) setDevices(list.value);
  }, [run]);
  // Read once the link is up (a reload sends before the socket has its session otherwise).
  const connection = useConnection();
  useEffect(() => {
    if (connection !== 'connected') return;
    void reload();
    void run('hall.get', {}).then((r) => r.ok && setWindows(r.value.windows.map((w) => w.number)));
  }, [connection, run, reload]);

  const showCode = async (device: DeviceAccountView) => {
    const result = await run('devices.pairingCode', { id: device.id });
    if (result.ok) setCode({ ...result.value, name: device.name });
    await reload();
  };
  const done = async (said: { key: string; values: Record<string, NoticeValue> }) => {
    admin.setNotice({ kind: 'ok', ...said });
    await reload();
  };
  const taken = new Set((devices ?? []).filter((d) => d.kind === 'pad' && !d.revoked && d.window !== null).map((d) => d.window!));

  return (
    <section className="devices-page" data-testid="devices-page">
      <p className="devices-intro">{t('pairing.intro')}</p>
      <DeviceCreateForm
        admin={admin}
        freeWindows={windows.filter((w) => !taken.has(w))}
        onCreated={async (device) => {
          await done({ key: 'pairing.created', values: { name: device.name } });
          await showCode(device);
        }}
      />
      {code && <DeviceCodePanel code={code} onClose={() => setCode(null)} />}
      {devices && (
        <table className="case-table devices-table" data-testid="devices-table">
          <thead>
            <tr>
              <th>{t('pairing.col.name')}</th>
              <th>{t('pairing.col.kind')}</th>
              <th>{t('pairing.col.window')}</th>
              <th>{t('pairing.col.state')}</th>
              <th>{t('pairing.col.lastSeen')}</th>
              <th>{t('pairing.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => (
              <DeviceRow
                key={device.id}
                admin={admin}
                device={device}
                freeWindows={windows.filter((w) => !taken.has(w) || w === device.window)}
                onCode={() => void showCode(device)}
                onChanged={(said) => void done(said)}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
