// A ticket's progress as its page shows it (contract/progress-views.ts): found by the token in its
// QR code, followed through transfers, read fresh at each request. Nothing personal leaves here.
import type { ProgressState, TicketProgress } from '../contract';
import { toIso, type Clock } from './clock';
import type { QueueEngine } from './engine';
import { localized, type TicketRow } from './rows';
import type { TicketLinks } from './ticket-links';

function stateOf(row: TicketRow): ProgressState {
  switch (row.state) {
    case 'waiting':
      return 'waiting';
    case 'called':
      return 'called';
    case 'serving':
      return 'serving';
    case 'held':
      return 'held';
    case 'done':
      return 'finished';
    default:
      return 'ended'; // no-show, cancelled, expired (a transferred one is followed to its successor)
  }
}

export function ticketProgress(engine: QueueEngine, links: TicketLinks, clock: Clock, token: string): TicketProgress | null {
  const root = links.ticketOf(token);
  if (root === null) return null;
  const row = links.latest(root);
  if (!row) return null;
  const service = engine.config.service(row.service_id);
  const state = stateOf(row);
  const estimate = state === 'waiting' ? engine.estimateFor(row.id) : null;
  return {
    hallName: engine.hallName,
    number: row.number,
    service: service ? localized(service) : { 'zh-CN': row.service_id, 'zh-TW': row.service_id, en: row.service_id },
    state,
    ahead: estimate?.ahead ?? null,
    estimatedWaitMinutes: estimate?.estimatedWaitMinutes ?? null,
    windowNo: state === 'called' || state === 'serving' || state === 'held' ? row.window_no : null,
    lang: links.langOf(root),
    at: toIso(clock.now())!,
    timeZone: engine.timeZone,
  };
}
