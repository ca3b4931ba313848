// Device accounts and pairing as a capability (issue 11, Devices): the manager makes kiosk and pad
// accounts, shows a one-time code (and its QR) on the admin page, binds a pad to its window and
// revokes a device, each audited in the change's transaction through the config capability's trail;
// the device pairs with the code for its long-lived session. `deviceSeen` wraps the hall's resolve
// (hall.ts) so a device's last seen follows its use.
import type { Session } from '../contract';
import type { Capability } from '../core/capability';
import { actorOf } from '../core/handler-types';
import type { AuditTrail } from '../config/audit';
import { DeviceAccounts } from './device-accounts';
import { lastSeenTracker } from './device-sessions';
import { migration009 } from './migrations/009-device-accounts';
import { PairingCodes } from './pairing-codes';
import { pairingRoutes } from './routes';

export interface PairingParts {
  /** The hall's resolve passes each session through: a device's use updates its last seen. */
  deviceSeen(session: Session | null): Session | null;
}

export const pairingCapability = {
  name: 'pairing',
  settings: {},
  migrations: [migration009],
  routes: pairingRoutes,
  start(ctx, { audit }) {
    const accounts = new DeviceAccounts(ctx.db, ctx.clock, audit);
    const codes = new PairingCodes(ctx.db, ctx.clock, audit, accounts);
    return {
      provides: { deviceSeen: lastSeenTracker(ctx.db, ctx.clock) },
      handlers: {
        'devices.accounts': () => accounts.list(),
        'devices.create': (input, c) => accounts.create(input, actorOf(c).user),
        'devices.pairingCode': ({ id }, c) => codes.issue(id, actorOf(c).user),
        'devices.bind': ({ id, window }, c) => accounts.bind(id, window, actorOf(c).user),
        'devices.revoke': ({ id }, c) => accounts.revoke(id, actorOf(c).user),
        'devices.pair': ({ code }) => codes.pair(code),
        // The demo hall's devices keep their public PINs (its e2e tests and the printed demo URLs use them).
        'devices.pairingMode': () => ({ devicePin: ctx.demo }),
      },
    };
  },
} satisfies Capability<{ audit: AuditTrail }, PairingParts, Record<never, never>>;
