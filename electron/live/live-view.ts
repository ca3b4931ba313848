// The live hall view built from the hall as it is now (live.get, and each live.changed push): the
// windows from the engine's configuration, the queues from its counts and the waiting tickets, the
// alerts (live-alerts.ts) and today's figures from the reports capability (reportTalliesBy + figures over
// today's business day: the same formulas as the reports, no counters of its own; the hall's and the
// windows' slices in one read of the day, as it runs on every change). Nothing personal: numbers,
// states, services and staff.
import type { BackupAlertKind, DeviceStatus, LiveService, LiveView, LiveWindow, SyncStatusView } from '../contract';
import { toIso } from '../core/clock';
import type { Db } from '../core/db';
import type { QueueEngine } from '../core/engine';
import { localized } from '../core/rows';
import { staffingAlerts } from '../core/staffing-alerts';
import { emptyTally, figures } from '../reports/kpi';
import { reportTalliesBy } from '../reports/report-facts';
import { formatHallTime } from '../shared/hall-time';
import { liveAlerts } from './live-alerts';

export interface LiveSources {
  db: Db;
  engine: QueueEngine;
  now: number;
  timeZone: string;
  maxWaitMinutes: number;
  /** Whether the hall is open by its hours now (the staffing alert "no window open" needs it). */
  hallOpen: boolean;
  devices: readonly DeviceStatus[];
  backup: readonly BackupAlertKind[];
  sync: SyncStatusView;
}

/** The service level target of the figures when the hall has no max wait (the reports page's default). */
const DEFAULT_TARGET_MINUTES = 15;

export function buildLiveView(x: LiveSources): LiveView {
  const { engine, db } = x;
  const day = engine.businessDay;
  const services = liveServices(x, day);
  const windowViews = engine.config.windowViews();
  const query = {
    from: day,
    to: day,
    targetWaitSeconds: (x.maxWaitMinutes || DEFAULT_TARGET_MINUTES) * 60,
    timeZone: x.timeZone,
    now: x.now,
  };
  const tallies = reportTalliesBy(db, query, ['hall', 'window']);
  const hall = figures(tallies.get('hall')!.get('hall') ?? emptyTally());
  const byWindow = tallies.get('window')!;
  const pausedAt = new Map(
    (
      db.prepare("SELECT window_no AS n, MAX(at) AS at FROM events WHERE business_day = ? AND type = 'window.paused' GROUP BY window_no").all(day) as {
        n: number;
        at: number;
      }[]
    ).map((r) => [r.n, r.at]),
  );
  const windows: LiveWindow[] = windowViews.map((w) => ({
    number: w.number,
    name: w.name,
    status: w.status,
    pauseReason: w.pauseReason,
    pausedAt: w.status === 'paused' ? toIso(pausedAt.get(w.number) ?? null) : null,
    clerk: w.clerk,
    current: w.current && {
      number: w.current.number,
      serviceId: w.current.serviceId,
      state: w.current.state,
      calledAt: w.current.calledAt ?? w.current.issuedAt,
    },
    servedToday: byWindow.get(String(w.number))?.served ?? 0,
  }));
  const staffing = staffingAlerts({
    hallOpen: x.hallOpen,
    services: services.map((s) => s.id),
    waiting: Object.fromEntries(services.map((s) => [s.id, s.waiting])),
    windows: windowViews,
    skills: (n) => engine.config.skills(n),
  });
  const alerts = liveAlerts({
    staffing,
    services,
    maxWaitMinutes: x.maxWaitMinutes,
    now: x.now,
    devices: x.devices,
    backup: x.backup,
    sync: x.sync,
    today: day,
    timeOfDay: formatHallTime(x.now, 'time', x.timeZone),
  });
  return {
    now: new Date(x.now).toISOString(),
    businessDay: day,
    timeZone: x.timeZone,
    maxWaitMinutes: x.maxWaitMinutes,
    windows,
    services,
    alerts,
    figures: {
      arrived: hall.arrived,
      served: hall.served,
      waiting: services.reduce((sum, s) => sum + s.waiting, 0),
      avgWaitSeconds: hall.avgWaitSeconds,
      satisfaction: hall.satisfaction,
    },
  };
}

/** Enabled services in the hall's order, each with its waiting count and its longest wait's start. */
function liveServices(x: LiveSources, day: string): LiveService[] {
  const oldest = new Map(
    (
      x.db.prepare("SELECT service_id AS id, MIN(issued_at) AS at FROM tickets WHERE business_day = ? AND state = 'waiting' GROUP BY service_id").all(day) as {
        id: string;
        at: number;
      }[]
    ).map((r) => [r.id, r.at]),
  );
  return x.engine.config
    .allServices()
    .filter((s) => s.enabled)
    .map((s) => ({
      id: s.id,
      prefix: s.prefix,
      name: localized(s),
      waiting: x.engine.waiting(s.id),
      longestWaitingSince: toIso(oldest.get(s.id) ?? null),
    }));
}
