// The transports' door for a ticket's progress page (`GET /t/<token>`, the ticket's QR code): public,
// so it is rate-limited per source (the remote address) on the hall's clock, like the login door;
// a token that is malformed, made up or of no ticket is one answer, not_found, so nothing can be
// learnt by trying. Never throws: a fault is logged and answered as internal.
import { fail, ok, type Result, type TicketProgress } from '../contract';
import type { HallLogger } from '../log/hall-logger';
import type { Clock } from './clock';
import type { QueueEngine } from './engine';
import { SourceRateLimiter } from './rate-limit';
import type { TicketLinks } from './ticket-links';
import { ticketProgress } from './ticket-progress';

export type ProgressDoor = (token: string, source: string) => Result<TicketProgress>;

/**
 * A phone reloading the page every 30 s uses a fraction of this; a hall's Wi-Fi gives each phone its
 * own address. 20 at once, then one every 3 s (20 a minute) per address.
 */
export const PROGRESS_LIMIT = { burst: 20, everyMs: 3_000, maxSources: 10_000 };

export function createProgressDoor(engine: QueueEngine, links: TicketLinks, clock: Clock, log: HallLogger): ProgressDoor {
  const limiter = new SourceRateLimiter(clock, PROGRESS_LIMIT);
  return (token, source) => {
    const wait = limiter.take(source);
    if (wait > 0) return fail('too_many_attempts', `too many requests from this address; try again in ${wait} s`, undefined, undefined, wait);
    try {
      const progress = ticketProgress(engine, links, clock, token);
      return progress ? ok(progress) : fail('not_found', 'no such ticket', 'token');
    } catch (error) {
      log('ticket progress failed', error);
      return fail('internal', 'internal error; the hall log has the details');
    }
  };
}
