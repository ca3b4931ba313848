// Message framing for the WebSocket transport, derived from the command map so no name is typed twice.
import { z } from 'zod';
import { commandNames, type CommandName } from './commands';
import type { Result } from './errors';
import type { HallEvent } from './events';

export const wsClientMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('auth'), token: z.string().min(1).max(128) }),
  z.strictObject({
    type: z.literal('cmd'),
    id: z.number().int().nonnegative(),
    name: z.enum(commandNames as [CommandName, ...CommandName[]]),
    input: z.unknown(),
  }),
]);
export type WsClientMessage = z.infer<typeof wsClientMessage>;

export type WsServerMessage =
  { type: 'result'; id: number; result: Result<unknown> } | ({ type: 'event' } & HallEvent) | { type: 'auth'; result: Result<{ role: string; user: string }> };
