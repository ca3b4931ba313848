// Device faults as log lines, from the device layer's status list: a device that loses its link or
// reports an error (paper out, no answer) is a warning, its recovery an info line. Only changes
// are logged, so frequent counter updates cost nothing.
import type { DeviceStatus } from '../contract';
import type { HallLogger } from './hall-logger';

export function deviceStatusLog(log: HallLogger): (statuses: DeviceStatus[]) => void {
  const seen = new Map<string, { connected: boolean; error: string | null }>();
  return (statuses) => {
    try {
      for (const d of statuses) {
        const before = seen.get(d.id);
        seen.set(d.id, { connected: d.connected, error: d.error });
        if (!before) continue; // the first report of each device is its start, not a change
        const fields = { device: d.id, port: d.port };
        if (d.error && d.error !== before?.error) log.warn(`${d.id}: ${d.error}`, fields);
        else if (before.connected && !d.connected && !d.error) log.warn(`${d.id}: disconnected`, fields);
        else if ((!before.connected || before.error) && d.connected && !d.error) log.info(`${d.id}: connected`, fields);
      }
    } catch {
      // never let a log line stop the device status push
    }
  };
}
