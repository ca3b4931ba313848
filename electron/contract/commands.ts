// The whole command surface of the hall, in one map. Core handlers, the preload bridge, the WebSocket
// and HTTP transports and the renderer's `send` are all typed from this map; names are never re-typed.
import { z } from 'zod';
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
  type WindowView,
} from './views';

/** Who may send a command. 'public' needs no session. Admin (the hall manager) may do everything. */
export type Access = 'public' | Role[];

interface CommandSpec<I extends z.ZodType, O> {
  access: Access;
  input: I;
  /** Type-only marker for the result; never read at run time. */
  output?: O;
}

function command<O>() {
  return <I extends z.ZodType>(access: Access, input: I): CommandSpec<I, O> => ({ access, input });
}

const windowNo = z.number().int().min(1).max(999);
const serviceId = z.string().min(1).max(16);
const byWindow = z.strictObject({ window: windowNo });
const empty = z.strictObject({});

const clerkDesk: Role[] = ['clerk', 'admin'];

export const commands = {
  'auth.login': command<Session>()(
    'public',
    z.strictObject({ user: z.string().min(1).max(32), pin: z.string().min(1).max(32) }),
  ),
  'auth.logout': command<null>()(['kiosk', 'clerk', 'admin'], empty),
  'hall.get': command<HallView>()('public', empty),
  'services.list': command<ServiceView[]>()('public', empty),
  'items.list': command<ItemView[]>()('public', z.strictObject({ serviceId: serviceId.optional() })),
  'tickets.issue': command<IssuedTicket>()(
    ['kiosk', 'admin'],
    z.strictObject({ serviceId, priority: z.enum(priorityClasses).optional() }),
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
  'window.transfer': command<TicketView>()(clerkDesk, z.strictObject({ window: windowNo, serviceId })),
  'window.pause': command<WindowView>()(
    clerkDesk,
    z.strictObject({ window: windowNo, reason: z.enum(pauseReasons).default('other') }),
  ),
  'window.resume': command<WindowView>()(clerkDesk, byWindow),
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export const commandNames = Object.keys(commands) as CommandName[];

/** What a caller passes (defaults still optional). */
export type Input<K extends CommandName> = z.input<Commands[K]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedInput<K extends CommandName> = z.output<Commands[K]['input']>;
export type Output<K extends CommandName> = Exclude<Commands[K]['output'], undefined>;

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commands, name);
}
