// How large a request may be, over HTTP and the WebSocket alike (docs/API.md "Conventions"): 64 KiB for
// every command but the ones that carry a configuration file or a catalogue sheet, which take up to
// 4 MiB (a real hall's file with 220 items, photos and devices is larger than 64 KiB). The renderers
// read these too, to say so before sending a file that is too large.
import type { CommandName } from './commands';

export const BODY_LIMIT = 64 * 1024;
export const FILE_BODY_LIMIT = 4 * 1024 * 1024;

/** The commands that carry a file, and first-run setup from another hall's file. */
export const fileCommands: readonly CommandName[] = ['config.import', 'config.importItems', 'setup.complete', 'setup.preview'];

export const bodyLimitOf = (command: CommandName): number => (fileCommands.includes(command) ? FILE_BODY_LIMIT : BODY_LIMIT);

/** `64 KiB`, `4 MiB`: a limit as the answers and the pages state it. */
export const limitText = (bytes: number): string => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`);
