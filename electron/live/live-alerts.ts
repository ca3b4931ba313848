// The live view's alerts as a pure function of what the hall's parts report, strongest first: the
// staffing alerts (computed by core/staffing-alerts.ts), waits above the hall's max wait, device faults,
// backups, and the upstream sync. Always recomputed from the state, never kept: an alert clears itself
// when its cause is gone.
import type { BackupAlertKind, DeviceStatus, LiveAlert, LiveService, StaffingAlert, SyncStatusView } from '../contract';

export interface AlertInputs {
  staffing: readonly StaffingAlert[];
  services: readonly LiveService[];
  /** The hall's max wait (minutes); 0: no wait alert. */
  maxWaitMinutes: number;
  now: number;
  devices: readonly DeviceStatus[];
  backup: readonly BackupAlertKind[];
  sync: Pick<SyncStatusView, 'configured' | 'waiting' | 'setAside' | 'failures' | 'window'>;
  /** Today's business day and the hall's time of day (HH:mm) now. */
  today: string;
  timeOfDay: string;
}

export function liveAlerts(x: AlertInputs): LiveAlert[] {
  const alerts: LiveAlert[] = [...x.staffing];
  if (x.maxWaitMinutes > 0) {
    for (const s of x.services) {
      if (s.longestWaitingSince !== null && x.now - Date.parse(s.longestWaitingSince) > x.maxWaitMinutes * 60_000) {
        alerts.push({ kind: 'wait_over_target', serviceId: s.id, since: s.longestWaitingSince, targetMinutes: x.maxWaitMinutes });
      }
    }
  }
  for (const d of x.devices)
    if (isFaulty(d))
      alerts.push({ kind: 'device_fault', deviceId: d.id, deviceKind: d.kind, connected: d.connected, fault: d.fault ?? null, printer: d.printer ?? null });
  for (const alert of x.backup) alerts.push({ kind: 'backup', alert });
  alerts.push(...syncAlerts(x));
  return alerts;
}

/** Not connected, a fault code or error, or a printer whose paper or cover is not ok (near end counts: paper is needed soon). */
function isFaulty(d: DeviceStatus): boolean {
  return !d.connected || (d.fault ?? null) !== null || d.error !== null || (d.printer !== undefined && d.printer !== 'ok');
}

/**
 * A hall without an upstream has no sync alert (the sync page says it is not configured). A day whose
 * last attempt failed, or that was set aside, is `sync_failed`. A closed day still waiting is
 * `sync_overdue` when it is older than yesterday, or is yesterday and today's upload window has
 * ended (HH:mm past its end); before that, yesterday waiting is normal.
 */
function syncAlerts(x: AlertInputs): LiveAlert[] {
  if (!x.sync.configured) return [];
  const failed = new Set([...x.sync.failures.map((f) => f.day), ...x.sync.setAside.map((s) => s.day)]);
  const alerts: LiveAlert[] = [...failed].sort().map((day) => ({ kind: 'sync_failed', day }));
  const yesterday = dayBefore(x.today);
  // Yesterday's batch goes in the first upload window that ends after its midnight: today's, by its end.
  const nightOver = x.sync.window !== null && x.timeOfDay >= x.sync.window.end;
  for (const day of x.sync.waiting) {
    if (failed.has(day)) continue;
    if (day < yesterday || (day === yesterday && nightOver)) alerts.push({ kind: 'sync_overdue', day });
  }
  return alerts;
}

export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
