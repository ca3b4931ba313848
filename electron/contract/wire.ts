// Message framing for the WebSocket transport and channel names for the IPC transport, both derived
// from the command and event maps so no name is typed twice.
import { z } from 'zod';
import { commandNames, type CommandName } from './commands';
import type { Result } from './errors';
import type { EventName, HallEvent } from './events';

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
  | { type: 'result'; id: number; result: Result<unknown> }
  | ({ type: 'event' } & HallEvent)
  | { type: 'auth'; result: Result<{ role: string; user: string }> };

/** The single IPC channel that carries commands; the command name travels inside and is validated. */
export const ipcCommandChannel = 'tongban:command';
export const ipcEventChannel = (name: EventName): string => `tongban:event:${name}`;

/** What the preload script exposes to a renderer as `window.tongban` (contextIsolation keeps it the only door). */
export interface TongbanBridge {
  invoke(name: CommandName, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: HallEvent) => void): () => void;
}
