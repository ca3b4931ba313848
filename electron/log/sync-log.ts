// The nightly sync's attempts as log lines, read from the status the sync service publishes on every
// change: an attempt starts (the days waiting), ends delivered (which days went) or failed (the
// reason, when it tries again); a day set aside is an error. Only status transitions are read, so
// this stays right whatever the runner does inside an attempt.
import type { SyncStatusView } from '../contract';
import type { HallLogger } from './hall-logger';

export function syncAttemptLog(log: HallLogger): (status: SyncStatusView) => void {
  let running = false;
  let waitingAtStart: string[] = [];
  let setAside = new Set<string>();
  return (status) => {
    try {
      if (!running && status.running) {
        waitingAtStart = [...status.waiting];
        log.info('sync attempt started', { waiting: status.waiting, url: status.url });
      } else if (running && !status.running) {
        const delivered = waitingAtStart.filter((d) => !status.waiting.includes(d) && !status.setAside.some((a) => a.day === d));
        if (status.lastError)
          log.warn('sync attempt failed', { reason: status.lastError, delivered, waiting: status.waiting, nextAttemptAt: status.nextAttemptAt });
        else log.info('sync attempt delivered', { delivered, lastDelivered: status.lastDelivered, nextAttemptAt: status.nextAttemptAt });
      }
      for (const a of status.setAside) {
        if (!setAside.has(a.day)) log.error('sync day set aside: the upstream refuses it', undefined, { day: a.day, reason: a.error });
      }
      setAside = new Set(status.setAside.map((a) => a.day));
      running = status.running;
    } catch {
      // a status that does not read as expected costs a log line, never the sync
    }
  };
}
