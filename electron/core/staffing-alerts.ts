// The staffing alerts as a pure function of the hall's state: residents waiting for a service that no
// open window serves, and (while the hall is open) no window open at all. A paused or closed window
// serves nobody. Raised and cleared by the same rule: the alerts are always recomputed, never kept.
import type { StaffingAlert, WindowView } from '../contract';
import type { WindowSkills } from './policy';

export interface StaffingState {
  /** Whether the hall is open now (opening hours; see policy-capability.ts `hallOpenNow`). */
  hallOpen: boolean;
  /** Enabled services in the hall's order. */
  services: readonly string[];
  waiting: Readonly<Record<string, number>>;
  windows: readonly Pick<WindowView, 'number' | 'status'>[];
  skills: (windowNo: number) => WindowSkills;
}

export function staffingAlerts(state: StaffingState): StaffingAlert[] {
  const open = state.windows.filter((w) => w.status === 'open').map((w) => state.skills(w.number));
  const alerts: StaffingAlert[] = [];
  if (state.hallOpen && open.length === 0) alerts.push({ kind: 'no_window_open' });
  for (const serviceId of state.services) {
    const waiting = state.waiting[serviceId] ?? 0;
    if (waiting === 0) continue;
    if (!open.some((s) => s.primary.includes(serviceId) || s.backup.includes(serviceId))) alerts.push({ kind: 'service_unserved', serviceId, waiting });
  }
  return alerts;
}
