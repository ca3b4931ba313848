// Commands of the device accounts (issue 11, Devices): the manager creates kiosk and pad accounts,
// shows a one-time pairing code, binds a pad to its window and revokes a device (admin only); the
// device itself pairs with the code (public) and gets its long-lived device session.
import { z } from 'zod';
import { command } from './command-spec';
import type { DeviceAccountView, PairingCodeView, PairingModeView } from './pairing-views';
import type { Session } from './views';

const deviceId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, '1–32 letters, digits, _ or -');
const windowNo = z.number().int().min(1).max(999);

/** 8 digits, as typed on the device's keypad (spaces and dashes of the shown form are dropped). */
export const PAIRING_CODE_DIGITS = 8;
const code = z
  .string()
  .max(32)
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{8}$/, '8 digits'));

export const pairingCommands = {
  'devices.accounts': command<DeviceAccountView[]>()(['admin'], z.strictObject({})),
  'devices.create': command<DeviceAccountView>()(
    ['admin'],
    z.strictObject({ kind: z.enum(['kiosk', 'pad']), name: z.string().trim().min(1).max(40), window: windowNo.optional() }).superRefine((d, check) => {
      if (d.kind === 'pad' && d.window === undefined) check.addIssue({ code: 'custom', path: ['window'], message: 'a pad stands at a window' });
      if (d.kind === 'kiosk' && d.window !== undefined) check.addIssue({ code: 'custom', path: ['window'], message: 'a kiosk is not bound to a window' });
    }),
  ),
  /** A new one-time code for this device (it replaces an earlier one); valid 10 minutes, single use. */
  'devices.pairingCode': command<PairingCodeView>()(['admin'], z.strictObject({ id: deviceId })),
  /** Moves a pad to another window (which must have no other active pad). */
  'devices.bind': command<DeviceAccountView>()(['admin'], z.strictObject({ id: deviceId, window: windowNo })),
  /** Ends the device's sessions at once and for good; its history stays. A replacement is a new device. */
  'devices.revoke': command<DeviceAccountView>()(['admin'], z.strictObject({ id: deviceId })),
  /** The device pairs with the code shown on the admin page: a long-lived kiosk or pad session. */
  'devices.pair': command<Session>()('public', z.strictObject({ code })),
  'devices.pairingMode': command<PairingModeView>()('public', z.strictObject({})),
} as const;

/** Commands whose answer is a new session for whoever sent them: the transports keep it (WebSocket, IPC, the client's storage). */
export const givesSession = (name: string): boolean => name === 'auth.login' || name === 'devices.pair';
