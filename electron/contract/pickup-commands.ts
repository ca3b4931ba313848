// Commands of the pickups capability (承诺件 / 收受分离): staff list, look up and move pickup records
// along; the kiosk issues a 取件 ticket by pickup code; a clerk hands the result over in one step.
import { z } from 'zod';
import { command } from './command-spec';
import { langField } from './fields';
import { PICKUP_CODE_DIGITS, type PickupDetail, type PickupTakeResult, type PickupView } from './pickup-views';
import { windowNo } from './queue-commands';
import type { Role, TicketView } from './views';

const clerkDesk: Role[] = ['clerk', 'admin'];
/** Six digits; spaces are ignored (a code read off a slip may be typed "123 456"). Coerced: a path's digits arrive as a number. */
const code = z.coerce
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(new RegExp(`^\\d{${PICKUP_CODE_DIGITS}}$`), `${PICKUP_CODE_DIGITS} digits`));

/** The states staff move a record to (accepted is where it starts). */
export const pickupMoves = ['processing', 'ready', 'handed_over', 'delivered'] as const;
export const pickupFilters = ['open', 'ready', 'overdue', 'all'] as const;

export const pickupCommands = {
  'pickups.list': command<PickupView[]>()(
    clerkDesk,
    z.strictObject({ filter: z.enum(pickupFilters).default('open'), limit: z.coerce.number().int().min(1).max(500).default(200) }),
  ),
  'pickups.get': command<PickupDetail>()(clerkDesk, z.strictObject({ code })),
  'pickups.advance': command<PickupDetail>()(clerkDesk, z.strictObject({ code, to: z.enum(pickupMoves) })),
  /** The record accepted at this ticket's 办结 (the console shows its code to tell the resident). */
  'pickups.acceptedAt': command<PickupView | null>()(clerkDesk, z.strictObject({ ticketId: z.number().int().min(1) })),
  /** The pickup record of the ticket at this window, if it is a 取件 ticket. */
  'pickups.atWindow': command<PickupView | null>()(clerkDesk, z.strictObject({ window: windowNo })),
  /** Hands the result of this window's 取件 ticket over and finishes the ticket: one step, one transaction. */
  'pickups.handOver': command<{ pickup: PickupDetail; ticket: TicketView }>()(clerkDesk, z.strictObject({ window: windowNo })),
  /** `lang`: the language the resident chose at the kiosk (the ticket prints in it). */
  'pickups.take': command<PickupTakeResult>()(['kiosk', 'admin'], z.strictObject({ code, lang: langField.optional() })),
} as const;
