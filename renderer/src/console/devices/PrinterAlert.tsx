// A band across the console while the ticket printer needs a person: paper low (before it runs out),
// out of paper, cover open, offline.
import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../../electron/contract';

export function PrinterAlert({ devices }: { devices: DeviceStatus[] | null }) {
  const { t } = useTranslation();
  const printer = devices?.find((d) => d.kind === 'printer');
  if (!printer) return null;
  const state = printer.connected ? printer.printer : 'offline';
  if (!state || state === 'ok') return null;
  return (
    <div className={`printer-alert printer-alert-${state}`} role="alert" data-testid="printer-alert">
      {t(`devices.alert.${state}`)}
    </div>
  );
}
