// Commands of the queue: logins, the hall view, services and items, issuing tickets, and the
// clerk's window actions.
import { z } from 'zod';
import { command } from './command-spec';
import { langField } from './fields';
import {
  outcomes,
  pauseReasons,
  priorityClasses,
  type HallView,
  type IssuedTicket,
  type ItemView,
  type Role,
  type ServiceView,
  type Session,
  type TicketView,
  type WindowDetail,
  type WindowStep,
  type WindowView,
} from './views';

export const windowNo = z.number().int().min(1).max(999);
const serviceId = z.string().min(1).max(16);
const byWindow = z.strictObject({ window: windowNo });
const empty = z.strictObject({});

const clerkDesk: Role[] = ['clerk', 'admin'];

export const queueCommands = {
  'auth.login': command<Session>()('public', z.strictObject({ user: z.string().min(1).max(32), pin: z.string().min(1).max(32) })),
  'auth.logout': command<null>()(['kiosk', 'clerk', 'admin', 'pad'], empty),
  'hall.get': command<HallView>()('public', empty),
  'services.list': command<ServiceView[]>()('public', empty),
  'items.list': command<ItemView[]>()('public', z.strictObject({ serviceId: serviceId.optional() })),
  /** `lang`: the language the resident chose at the kiosk; the ticket prints in it (and its progress page shows in it). */
  'tickets.issue': command<IssuedTicket>()(
    ['kiosk', 'admin'],
    z.strictObject({ serviceId, priority: z.enum(priorityClasses).optional(), lang: langField.optional() }),
  ),
  'window.get': command<WindowDetail>()(clerkDesk, byWindow),
  'window.signIn': command<WindowView>()(clerkDesk, byWindow),
  'window.signOut': command<WindowView>()(clerkDesk, byWindow),
  'window.callNext': command<{ ticket: TicketView | null }>()(clerkDesk, byWindow),
  'window.recall': command<TicketView>()(clerkDesk, byWindow),
  'window.start': command<TicketView>()(clerkDesk, byWindow),
  'window.noShow': command<TicketView>()(clerkDesk, byWindow),
  'window.finish': command<TicketView>()(
    clerkDesk,
    z.strictObject({
      window: windowNo,
      outcome: z.enum(outcomes).default('handled'),
      itemCode: z.string().min(1).max(32).optional(),
    }),
  ),
  /**
   * To another service's queue (serviceId), to one window (toWindow) or to one clerk (toClerk): exactly
   * one of them. The ticket keeps its number and its wait (docs/API.md "Queue moves").
   */
  'window.transfer': command<TicketView>()(
    clerkDesk,
    z
      .strictObject({ window: windowNo, serviceId: serviceId.optional(), toWindow: windowNo.optional(), toClerk: z.string().min(1).max(32).optional() })
      .superRefine((input, check) => {
        const given = [input.serviceId, input.toWindow, input.toClerk].filter((v) => v !== undefined).length;
        if (given !== 1) check.addIssue({ code: 'custom', path: ['serviceId'], message: 'exactly one of serviceId, toWindow, toClerk' });
      }),
  ),
  'window.pause': command<WindowView>()(clerkDesk, z.strictObject({ window: windowNo, reason: z.enum(pauseReasons).default('other') })),
  'window.resume': command<WindowView>()(clerkDesk, byWindow),
  /**
   * One step of a window run from a desk keypad (no 完成 key): resume if paused (then = callNext),
   * finish the current ticket as handled, then call the next or pause; all in one transaction.
   */
  'window.finishThen': command<WindowStep>()(
    clerkDesk,
    z.strictObject({ window: windowNo, then: z.enum(['callNext', 'pause']), reason: z.enum(pauseReasons).default('other') }),
  ),
} as const;
