// Every device in one table, whatever its kind (printer, LED screens, keypads, buses): online or not,
// when last heard, its fault, the printer's paper state, and its counters. Devices needing attention
// come first. The fault is said from its code (DeviceStatus.fault), in the current language.
import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../../electron/contract';
import { formatHallTime } from '../../../../electron/shared/hall-time';

const attention = new Set(['near_end', 'paper_out', 'cover_open', 'offline']);
const needsSomeone = (d: DeviceStatus) => !d.connected || d.error !== null || (d.printer !== undefined && attention.has(d.printer));

function LastSeen({ iso }: { iso: string | null }) {
  const { t } = useTranslation();
  if (!iso) return <>{t('devices.never')}</>;
  return <>{t('devices.lastSeen', { time: formatHallTime(iso, 'timeSeconds') })}</>;
}

export function DevicesPanel({ devices }: { devices: DeviceStatus[] | null }) {
  const { t } = useTranslation();
  if (devices !== null && devices.length === 0) return <p className="devices-none">{t('devices.none')}</p>;
  return (
    <table className="devices-table" data-testid="devices-table">
      <tbody>
        {/* Whatever needs a person first; otherwise in the order the hall lists them. */}
        {[...(devices ?? []).filter(needsSomeone), ...(devices ?? []).filter((d) => !needsSomeone(d))].map((d) => (
          <tr key={d.id} data-testid={`device-${d.id}`} className={d.connected ? '' : 'device-down'}>
            <th scope="row">
              {t(`deviceKind.${d.kind}`)}
              <small>{d.id}</small>
              <small>{d.port}</small>
            </th>
            <td>
              <span className={`device-badge ${d.connected ? 'device-up' : 'device-off'}`}>
                {d.connected ? t('devices.connected') : t('devices.disconnected')}
              </span>
              {d.printer && (
                <span className={`device-badge printer-${d.printer}${attention.has(d.printer) ? ' device-warn' : ''}`} data-testid={`device-${d.id}-printer`}>
                  {t(`printerState.${d.printer}`)}
                </span>
              )}
              <div className="device-seen">
                <LastSeen iso={d.lastSeen} />
              </div>
              {d.error && (
                // The fault in the screen's language, from its code; the driver's English words only as a tooltip.
                <div className="device-error" title={d.error} data-testid={`device-${d.id}-fault`}>
                  {t('devices.error', { error: t(`consoleDay.deviceFault.${d.fault ?? 'other'}`) })}
                </div>
              )}
            </td>
            <td className="device-counters">
              {Object.entries(d.counters ?? {}).map(([key, value]) => (
                <span key={key}>
                  {t(`deviceCounter.${key}`, { defaultValue: key })} <b>{value}</b>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
