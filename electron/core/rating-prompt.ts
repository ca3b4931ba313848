// A window's rating state as its pad and the console see it (ratings.prompt, the rating.prompt push):
// what is awaited and since when the resident uses the pad, the last rating closed, and whether the
// next call waits now (rating-wait.ts).
import type { RatingPrompt } from '../contract';
import { toIso } from './clock';
import type { statementCache } from './db';
import type { RatingRow } from './rating-rows';
import { waitRuleOf } from './rating-settings';
import { callVerdict } from './rating-wait';
import type { CoreSettingSpecs } from './settings';
import type { SettingsStore } from './settings-store';

export function promptOf(
  sql: ReturnType<typeof statementCache>,
  windowNo: number,
  a: RatingRow | undefined,
  now: number,
  settings: SettingsStore<CoreSettingSpecs>,
): RatingPrompt {
  const last = sql("SELECT * FROM ratings WHERE window_no = ? AND status <> 'awaiting' ORDER BY rated_at DESC, id DESC LIMIT 1").get(windowNo) as
    RatingRow | undefined;
  return {
    windowNo,
    awaiting: a
      ? {
          ratingId: a.id,
          ticketId: a.ticket_id,
          number: a.number,
          serviceId: a.service_id,
          requestedAt: toIso(a.requested_at)!,
          deadline: toIso(a.deadline)!,
          activeAt: toIso(a.active_at),
        }
      : null,
    last: last ? { ratingId: last.id, ticketId: last.ticket_id, number: last.number, status: last.status as 'rated', at: toIso(last.rated_at)! } : null,
    blocksCall: a ? callVerdict(a, now, waitRuleOf(settings)) === 'wait' : settings.get('blockCallUntilRated'),
    timeoutSeconds: settings.get('ratingTimeoutSeconds'),
    maxSeconds: settings.get('ratingMaxSeconds'),
  };
}
