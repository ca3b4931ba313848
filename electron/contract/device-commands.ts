// Commands about the hall's devices: their status for the console, and reprinting a ticket.
import { z } from 'zod';
import { command } from './command-spec';
import type { DeviceStatus, TicketPrintout } from './device-views';
import type { Role } from './views';

const staff: Role[] = ['clerk', 'admin'];

export const deviceCommands = {
  'devices.list': command<DeviceStatus[]>()(staff, z.strictObject({})),
  /** Reprint a ticket by id, or the last ticket issued when no id is given. */
  'tickets.reprint': command<{ ticketId: number; number: string }>()(staff, z.strictObject({ ticketId: z.number().int().positive().optional() })),
  /**
   * A ticket as the printer prints it (by id, or by a number issued today); with neither, a sample
   * ticket: the console's preview, and the kiosk's QR code when its ticket could not be printed.
   */
  'tickets.printout': command<TicketPrintout>()(
    ['kiosk', 'clerk', 'admin'],
    z.strictObject({
      ticketId: z.number().int().positive().optional(),
      number: z
        .string()
        .regex(/^[A-Z]\d{3}$/, 'a ticket number such as A012')
        .optional(),
    }),
  ),
} as const;
