// One-time pairing codes: 8 digits (typed on the device's on-screen keypad), valid 10 minutes, used
// once, stored only as a SHA-256 hash; a new code replaces the device's earlier one. A wrong, used or
// expired code gets the same answer, so nobody learns whether a code ever existed.
import { randomInt } from 'node:crypto';
import { HallFault, PAIRING_CODE_DIGITS, type PairingCodeView, type Role, type Session } from '../contract';
import type { Clock } from '../core/clock';
import type { Db } from '../core/db';
import type { AuditTrail } from '../config/audit';
import type { DeviceAccounts } from './device-accounts';
import { endSessions, issueDeviceSession, sha256Hex } from './device-sessions';
import { PairingThrottle } from './pairing-throttle';

export const PAIRING_CODE_MS = 10 * 60_000;

const REFUSED = 'this pairing code is not valid (wrong, already used or expired); ask for a new one';

export class PairingCodes {
  private readonly throttle: PairingThrottle;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly accounts: DeviceAccounts,
  ) {
    this.throttle = new PairingThrottle(clock);
  }

  /** Shown once: the audit records that a code was made and until when, never the code. */
  issue(id: string, userId: string): PairingCodeView {
    return this.db.transaction(() => {
      const device = this.accounts.active(id);
      let code: string;
      do code = String(randomInt(0, 10 ** PAIRING_CODE_DIGITS)).padStart(PAIRING_CODE_DIGITS, '0');
      while (this.db.prepare('SELECT 1 FROM device_accounts WHERE code_hash = ?').get(sha256Hex(code)));
      const expiresAt = this.clock.now() + PAIRING_CODE_MS;
      this.db
        .prepare(
          `INSERT INTO device_accounts (user_id, code_hash, code_expires_at) VALUES (?, ?, ?)
           ON CONFLICT (user_id) DO UPDATE SET code_hash = excluded.code_hash, code_expires_at = excluded.code_expires_at`,
        )
        .run(id, sha256Hex(code), expiresAt);
      const expires = new Date(expiresAt).toISOString();
      this.audit.record(userId, 'device.pairingCode', id, null, { expiresAt: expires });
      return { id, code, expiresAt: expires, path: `/${device.kind}?pair=${code}` };
    })();
  }

  /** The device's answer to a code: its session; its earlier sessions end (one device, one session). */
  pair(code: string): Session {
    this.throttle.check();
    const row = this.db
      .prepare(
        `SELECT u.id, u.name, u.role, u.active, d.code_expires_at FROM device_accounts d JOIN users u ON u.id = d.user_id
         WHERE d.code_hash = ?`,
      )
      .get(sha256Hex(code)) as { id: string; name: string; role: Role; active: number; code_expires_at: number } | undefined;
    const now = this.clock.now();
    if (!row || row.active !== 1 || row.code_expires_at <= now) {
      this.throttle.failed();
      throw new HallFault('unauthenticated', REFUSED, 'code');
    }
    return this.db.transaction(() => {
      this.db
        .prepare('UPDATE device_accounts SET code_hash = NULL, code_expires_at = NULL, paired_at = ?, last_seen_at = ? WHERE user_id = ?')
        .run(now, now, row.id);
      endSessions(this.db, row.id);
      this.audit.record(row.id, 'device.paired', row.id, null, null);
      return issueDeviceSession(this.db, this.clock, row);
    })();
  }
}
