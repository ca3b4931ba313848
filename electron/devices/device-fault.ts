// A device's fault as a code (DeviceStatus.fault) for the screens to translate: `error` stays the
// English words for the log and for staff who read the detail, and is never shown as the fault itself
// ("故障：printer is out of paper" was). The codes come from what the drivers know: the printer's
// decoded state, the transport's error codes (`not_connected: …`, `link_lost: …`, `write_timeout: …`),
// an LED controller's refusal or silence.
import type { DeviceFault, DeviceStatus } from '../contract';

const transportCodes: DeviceFault[] = ['not_connected', 'link_lost', 'write_timeout', 'closed', 'refused'];

export function deviceFaultOf(status: DeviceStatus): DeviceFault | null {
  if (status.error === null) return null;
  if (status.printer && status.printer !== 'ok' && status.printer !== 'near_end') {
    // 'offline' is the printer's word for any failure to answer, or an error it reports itself.
    return status.printer === 'offline' ? 'printer_offline' : status.printer;
  }
  const prefix = /^([a-z_]+):/.exec(status.error)?.[1];
  const code = transportCodes.find((c) => c === prefix);
  if (code) return code;
  if (/^no answer/.test(status.error)) return 'no_answer';
  return 'other';
}

export const withFault = (status: DeviceStatus): DeviceStatus => ({ ...status, fault: deviceFaultOf(status) });
