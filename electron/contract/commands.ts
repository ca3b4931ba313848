// The whole command surface of the hall, in one map merged from one file per capability. Core
// handlers, the preload bridge, the WebSocket and HTTP transports and the renderer's `send` are all
// typed from this map; names are never re-typed. To add a capability, add its file and its map below
// (a name declared twice fails at load, see registry.ts).
import type { z } from 'zod';
import { announcementCommands } from './announcement-commands';
import { appointmentCommands } from './appointment-commands';
import { backupCommands } from './backup-commands';
import { clerkDayCommands } from './clerk-day';
import { configCommands } from './config-commands';
import { deviceCommands } from './device-commands';
import { dutyReportCommands } from './duty-report-commands';
import { hoursCommands } from './hours-commands';
import { liveCommands } from './live-commands';
import { logCommands } from './log-commands';
import { loginCommands } from './login-commands';
import { pairingCommands } from './pairing-commands';
import { policyCommands } from './policy-commands';
import { pickupCommands } from './pickup-commands';
import { mergeUnique } from './registry';
import { queueCommands } from './queue-commands';
import { queueMoveCommands } from './queue-move-commands';
import { ratingCommands } from './rating-commands';
import { reportCommands } from './report-commands';
import { setupCommands } from './setup-commands';
import { staffCommands } from './staff-commands';
import { syncCommands } from './sync-commands';
import { transferCommands } from './transfer-commands';
import { voiceCommands } from './voice-commands';

export type { Access, CommandSpec } from './command-spec';

export const commands = mergeUnique(
  'command',
  queueCommands,
  queueMoveCommands,
  deviceCommands,
  ratingCommands,
  syncCommands,
  backupCommands,
  logCommands,
  configCommands,
  setupCommands,
  loginCommands,
  staffCommands,
  transferCommands,
  pairingCommands,
  voiceCommands,
  announcementCommands,
  hoursCommands,
  policyCommands,
  appointmentCommands,
  pickupCommands,
  reportCommands,
  dutyReportCommands,
  clerkDayCommands,
  liveCommands,
);

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

/** The commands that are long reads (pacedCommand): answered in steps, never straight through by a transport. */
export type PacedCommandName = { [K in CommandName]: Commands[K] extends { paced: true } ? K : never }[CommandName];

export function isPacedCommand(name: unknown): name is PacedCommandName {
  return isCommandName(name) && (commands[name] as { paced?: true }).paced === true;
}
