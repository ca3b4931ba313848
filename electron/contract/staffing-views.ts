// Staffing alerts (docs/API.md, "绿色通道, wait estimates and staffing alerts"): what the consoles and
// the manager's page show at once when residents wait with nobody to serve them.
export type StaffingAlert =
  /** During opening hours no window is open at all (the first-question desk must never be left unstaffed). */
  | { kind: 'no_window_open' }
  /** Residents wait for a service that no open window serves (paused and closed windows do not count). */
  | { kind: 'service_unserved'; serviceId: string; waiting: number };

export interface StaffingView {
  alerts: StaffingAlert[];
}
