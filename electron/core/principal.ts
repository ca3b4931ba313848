// Who sends a command. Over a transport (HTTP, WebSocket, IPC) it is whoever holds a token: a person
// (clerk, manager) or a paired LAN device (kiosk, pad), its role from the token. In-process it is one
// of the hall's own devices, named by its kind and the window it is bound to, never a forged session:
// the kiosk window of this PC, a window's desk keypad (acting for the clerk signed in there), a
// window's evaluator keypad (rating on the hall bus).
import { HallFault, type CommandName, type Role, type Session } from '../contract';
import type { Actor } from './engine-parts';

export type Principal = { kind: 'session'; session: Session } | { kind: 'kiosk' } | { kind: 'keypad'; window: number } | { kind: 'evaluator'; window: number };

export type DevicePrincipal = Exclude<Principal, { kind: 'session' }>;

/** The user the hall records for presses on the evaluator keypads of the hall bus. */
export const HALL_BUS_USER = 'hall-bus';

/** The role whose access rules apply to a principal; null: it has its own list (deviceCommands). */
export function roleOf(principal: Principal): Role | null {
  if (principal.kind === 'session') return principal.session.role;
  return principal.kind === 'kiosk' ? 'kiosk' : null;
}

/**
 * What a window-bound device may send, each only for its own window. The desk keypad has no 完成 key:
 * 呼叫 and 暂停 finish the current ticket as one command (window.finishThen).
 */
export const windowDeviceCommands = {
  keypad: ['window.finishThen', 'window.recall', 'window.noShow', 'window.resume', 'window.transfer', 'window.inviteRating'],
  evaluator: ['ratings.submit'],
} as const satisfies Record<'keypad' | 'evaluator', readonly CommandName[]>;

/** Refuses what a window-bound device may not do; `window` is the window named in the input. */
export function checkDeviceMay(principal: DevicePrincipal, name: CommandName, window: unknown): void {
  if (principal.kind === 'kiosk') return; // the kiosk role's access rules apply
  if (!(windowDeviceCommands[principal.kind] as readonly CommandName[]).includes(name)) throw new HallFault('forbidden', `a ${principal.kind} may not ${name}`);
  if (window !== principal.window) {
    throw new HallFault('forbidden', `the ${principal.kind} of window ${principal.window} may not act at window ${String(window)}`, 'window');
  }
}

/** How a principal is written in the hall log and in refusals. */
export function principalLabel(principal: Principal | null): string {
  if (!principal) return 'anonymous';
  if (principal.kind === 'session') return `${principal.session.role}:${principal.session.user}`;
  return principal.kind === 'kiosk' ? 'kiosk' : `${principal.kind}:${principal.window}`;
}

/** The actor of a principal that is not window-bound (the keypad's is the clerk at its window). */
export function fixedActor(principal: Principal): Actor | null {
  if (principal.kind === 'session') return { user: principal.session.user, role: principal.session.role };
  if (principal.kind === 'kiosk') return { user: 'kiosk', role: 'kiosk' };
  if (principal.kind === 'evaluator') return { user: HALL_BUS_USER, role: 'pad' };
  return null;
}
