// A ticket's progress page (`GET /t/<token>`, the QR code on the ticket): what anybody holding the
// ticket may see, and nothing personal: the number, the service, how many are ahead and how long it
// may take, and where the ticket is now. No clerk, no phone, no booking.
import { z } from 'zod';
import type { Lang } from './views';

/** The opaque token in the QR code: the ticket's id in base 36, a dash, and 22 characters of HMAC. */
export const progressToken = z.string().regex(/^[0-9a-z]{1,10}-[A-Za-z0-9_-]{22}$/, 'not a ticket token');

/** held: set aside at its window (材料不全) until the resident comes back with what was missing. */
export type ProgressState = 'waiting' | 'called' | 'serving' | 'held' | 'finished' | 'ended';

export interface TicketProgress {
  hallName: string;
  number: string;
  service: Record<Lang, string>;
  state: ProgressState;
  /** Waiting only: how many the windows call first. */
  ahead: number | null;
  /** Waiting only: the hall's wait estimate, minutes. */
  estimatedWaitMinutes: number | null;
  /** Called, serving or held: the window to go to. */
  windowNo: number | null;
  /** The language the ticket was printed in (the resident's choice at the kiosk); null: not chosen. */
  lang: Lang | null;
  /** When this was read (ISO), for "as of 09:41". */
  at: string;
  /** The hall's time zone, to show `at` in. */
  timeZone: string;
}
