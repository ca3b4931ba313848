// IPC channel names and the preload bridge's shape. Kept free of zod: the sandboxed preload bundles
// this file, and it should stay a few kilobytes.
import type { CommandName } from './commands';
import type { Result } from './errors';
import type { EventName, HallEvent } from './events';

/** The single IPC channel that carries commands; the command name travels inside and is validated. */
export const ipcCommandChannel = 'tongban:command';
export const ipcEventChannel = (name: EventName): string => `tongban:event:${name}`;

/** What the preload script exposes to a renderer as `window.tongban` (contextIsolation keeps it the only door). */
export interface TongbanBridge {
  invoke(name: CommandName, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: HallEvent) => void): () => void;
}
