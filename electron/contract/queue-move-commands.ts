// Commands of the clerk's queue moves (issue 14): hold and resume (挂起 / 材料不全), undo a no-show,
// re-queue a no-show a few places down (过号重排), call one particular ticket with a reason, and the
// reads the console needs for them. window.transfer (to a service, a window or a clerk) is in
// queue-commands.ts with the other window actions. docs/API.md "Queue moves".
import { z } from 'zod';
import { command } from './command-spec';
import { callReasons, type NoShowTicket, type RequeuedTicket, type TransferTargets } from './queue-move-views';
import { windowNo } from './queue-commands';
import type { Role, TicketView } from './views';

const clerkDesk: Role[] = ['clerk', 'admin'];
const ticketId = z.number().int().min(1);
/** A ticket number as printed, A001; typed by a clerk, so case and spaces are forgiven. */
const ticketNumber = z
  .string()
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z]\d{3}$/, 'a ticket number like A001'));

/** The hall's settings of the queue moves (config.saveHall, the configuration file, the core's settings slice). */
export const queueMoveFields = {
  /** How long after a no-show its window may undo it, seconds on the hall's clock; 0: no undo. */
  noShowUndoSeconds: z.number().int().min(0).max(300),
  /** How many places down its queue a re-queued no-show goes (0: at the head). */
  requeueOffset: z.number().int().min(0).max(50),
  /** How many times one ticket may be re-queued (0: never). */
  requeueLimit: z.number().int().min(0).max(10),
  /** Whether a clerk may call one particular waiting ticket out of turn (with a reason, in the event log). */
  allowCallSpecific: z.boolean(),
};

export const queueMoveCommands = {
  'window.hold': command<TicketView>()(clerkDesk, z.strictObject({ window: windowNo })),
  /** The held ticket (default: the one held longest at this window) becomes the window's current ticket again. */
  'window.resumeHeld': command<TicketView>()(clerkDesk, z.strictObject({ window: windowNo, ticketId: ticketId.optional() })),
  'window.undoNoShow': command<TicketView>()(clerkDesk, z.strictObject({ window: windowNo })),
  /** Today's no-show with this number goes back into its queue, requeueOffset places down. */
  'window.requeue': command<RequeuedTicket>()(clerkDesk, z.strictObject({ window: windowNo, number: ticketNumber })),
  'window.callTicket': command<TicketView>()(
    clerkDesk,
    z
      .strictObject({ window: windowNo, ticketId, reason: z.enum(callReasons), note: z.string().trim().max(100).optional() })
      .refine((input) => input.reason !== 'other' || (input.note ?? '') !== '', { path: ['note'], message: 'a note says the other reason' }),
  ),
  'tickets.noShows': command<NoShowTicket[]>()(clerkDesk, z.strictObject({})),
  'window.transferTargets': command<TransferTargets>()(clerkDesk, z.strictObject({ window: windowNo })),
} as const;
