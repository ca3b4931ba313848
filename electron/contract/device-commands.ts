// Commands about the hall's devices: their status for the console, and reprinting a ticket.
import { z } from 'zod';
import { command } from './command-spec';
import type { DeviceStatus } from './device-views';
import type { Role } from './views';

const staff: Role[] = ['clerk', 'admin'];

export const deviceCommands = {
  'devices.list': command<DeviceStatus[]>()(staff, z.strictObject({})),
  /** Reprint a ticket by id, or the last ticket issued when no id is given. */
  'tickets.reprint': command<{ ticketId: number; number: string }>()(
    staff,
    z.strictObject({ ticketId: z.number().int().positive().optional() }),
  ),
} as const;
