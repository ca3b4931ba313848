// One device in the manager's list: kind, name, a pad's window (movable), its state and last seen, and
// what can be done: a new pairing code, revoke (asked twice: it is final).
import type { NoticeValue } from '../shared/notice-text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceAccountView } from '../../../electron/contract';
import { formatTime } from './format';
import type { Admin } from './useAdmin';

interface Props {
  admin: Admin;
  device: DeviceAccountView;
  freeWindows: number[];
  onCode: () => void;
  /** What to tell the manager: a key and its values (shared/notice-text.ts). */
  onChanged: (said: { key: string; values: Record<string, NoticeValue> }) => void;
}

function stateOf(device: DeviceAccountView): 'revoked' | 'paired' | 'codeWaiting' | 'unpaired' {
  if (device.revoked) return 'revoked';
  if (device.paired) return 'paired';
  return device.codeExpiresAt ? 'codeWaiting' : 'unpaired';
}

export function DeviceRow({ admin, device, freeWindows, onCode, onChanged }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const state = stateOf(device);
  const bind = async (windowNo: number) => {
    const result = await admin.run('devices.bind', { id: device.id, window: windowNo });
    if (result.ok) onChanged({ key: 'pairing.bound', values: { name: device.name, n: windowNo } });
  };
  const revoke = async () => {
    setConfirming(false);
    const result = await admin.run('devices.revoke', { id: device.id });
    if (result.ok) onChanged({ key: 'pairing.revokedNotice', values: { name: device.name } });
  };
  return (
    <tr className={device.revoked ? 'device-revoked' : undefined} data-testid={`device-${device.id}`}>
      <td>
        <strong>{device.name}</strong>
        <div className="device-id">{device.id}</div>
      </td>
      <td>{t(`pairing.kind.${device.kind}`)}</td>
      <td>
        {device.kind === 'kiosk' || device.revoked ? (
          device.window !== null ? (
            t('pairing.windowN', { n: device.window })
          ) : (
            '—'
          )
        ) : (
          <select
            value={device.window ?? ''}
            disabled={admin.busy}
            onChange={(e) => void bind(Number(e.target.value))}
            aria-label={t('pairing.bind')}
            data-testid="device-bind"
          >
            {device.window === null && <option value="">—</option>}
            {freeWindows.map((w) => (
              <option key={w} value={w}>
                {t('pairing.windowN', { n: w })}
              </option>
            ))}
          </select>
        )}
      </td>
      <td>
        <span className={`device-state state-${state}`} data-testid="device-state">
          {t(`pairing.state.${state}`, { time: formatTime(device.codeExpiresAt) })}
        </span>
      </td>
      <td>{device.lastSeen ? formatTime(device.lastSeen) : t('pairing.never')}</td>
      <td className="device-actions">
        {!device.revoked && !confirming && (
          <>
            <button type="button" className="primary" onClick={onCode} disabled={admin.busy} data-testid="device-code">
              {device.paired ? t('pairing.repair') : t('pairing.makeCode')}
            </button>
            <button type="button" onClick={() => setConfirming(true)} disabled={admin.busy} data-testid="device-revoke">
              {t('pairing.revoke')}
            </button>
          </>
        )}
        {confirming && (
          <span className="device-confirm">
            <span>{t('pairing.revokeConfirm')}</span>
            <button type="button" className="danger" onClick={() => void revoke()} data-testid="device-revoke-yes">
              {t('pairing.revokeYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('pairing.cancel')}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}
