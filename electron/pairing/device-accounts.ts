// The hall's device accounts: a kiosk or a rating pad is a `users` row (role kiosk or pad, with no
// usable PIN when made here) and, for a pad, its `rating_pads` row (the window it stands at, as the
// ratings check it); `device_accounts` holds the rest (migration 9). Each change is one transaction
// with its audit row; nothing is deleted: a revoked device keeps its rows and its history.
import { randomBytes } from 'node:crypto';
import { HallFault, type DeviceAccountView, type DeviceAccountKind, type DeviceRecord } from '../contract';
import type { Clock } from '../core/clock';
import type { Db } from '../core/db';
import type { AuditTrail } from '../config/audit';
import { auditedSave } from '../config/audited-save';
import { endSessions } from './device-sessions';

interface AccountRow {
  id: string;
  name: string;
  role: DeviceAccountKind;
  active: number;
  window_no: number | null;
  created_at: number | null;
  paired_at: number | null;
  last_seen_at: number | null;
  revoked_at: number | null;
  code_expires_at: number | null;
  live: number;
}

/** Made by the manager: no PIN opens it (verifyPin knows only `scrypt:`), only a pairing code. */
const NO_PIN = 'paired-only';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export class DeviceAccounts {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  list(): DeviceAccountView[] {
    return this.rows().map((r) => this.view(r));
  }

  /** The account as the audit records it, or undefined when there is no such device. */
  record(id: string): DeviceRecord | undefined {
    const row = this.rows(id)[0];
    return row && recordOf(row);
  }

  get(id: string): DeviceAccountView {
    const row = this.rows(id)[0];
    if (!row) throw new HallFault('not_found', `id: no device ${id}`, 'id');
    return this.view(row);
  }

  create(input: { kind: DeviceAccountKind; name: string; window?: number | undefined }, userId: string): DeviceAccountView {
    const id = this.newId(input.kind);
    auditedSave(this.db, this.audit, userId, {
      what: 'device',
      target: id,
      read: () => this.record(id),
      check: () => {
        // A name is the account's key in a configuration file (config/transfer/device-section.ts).
        if (this.db.prepare("SELECT 1 FROM users WHERE role IN ('kiosk', 'pad') AND active = 1 AND name = ?").get(input.name)) {
          throw new HallFault('conflict', `name: a device in use is already called ${input.name}`, 'name');
        }
        if (input.window !== undefined) this.checkWindowFree(input.window, id);
      },
      write: () => {
        this.db.prepare('INSERT INTO users (id, name, role, pin_hash) VALUES (?, ?, ?, ?)').run(id, input.name, input.kind, NO_PIN);
        this.db.prepare('INSERT INTO device_accounts (user_id, created_at) VALUES (?, ?)').run(id, this.clock.now());
        if (input.window !== undefined) this.takeWindow(id, input.window);
      },
    });
    return this.get(id);
  }

  bind(id: string, windowNo: number, userId: string): DeviceAccountView {
    auditedSave(this.db, this.audit, userId, {
      what: 'device',
      target: id,
      read: () => this.record(id),
      check: () => {
        const device = this.active(id);
        if (device.kind !== 'pad') throw new HallFault('bad_request', 'id: only a pad is bound to a window', 'id');
        this.checkWindowFree(windowNo, id);
      },
      write: () => this.takeWindow(id, windowNo),
    });
    return this.get(id);
  }

  /** Final: its sessions end now, no code or PIN opens it again; a replacement is a new device. */
  revoke(id: string, userId: string): DeviceAccountView {
    this.db.transaction(() => {
      const before = this.record(id);
      if (!before) throw new HallFault('not_found', `id: no device ${id}`, 'id');
      if (before.revoked) return;
      this.db.prepare('UPDATE users SET active = 0 WHERE id = ?').run(id);
      this.db.prepare('INSERT INTO device_accounts (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING').run(id);
      this.db.prepare('UPDATE device_accounts SET revoked_at = ?, code_hash = NULL, code_expires_at = NULL WHERE user_id = ?').run(this.clock.now(), id);
      endSessions(this.db, id);
      this.audit.record(userId, 'device.revoked', id, before, this.record(id));
    })();
    return this.get(id);
  }

  /** A device that exists and is not revoked (for a code or a binding). */
  active(id: string): DeviceRecord {
    const device = this.record(id);
    if (!device) throw new HallFault('not_found', `id: no device ${id}`, 'id');
    if (device.revoked) throw new HallFault('conflict', `id: device ${id} is revoked; create a new device instead`, 'id');
    return device;
  }

  private checkWindowFree(windowNo: number, self: string): void {
    if (!this.db.prepare('SELECT 1 FROM windows WHERE number = ?').get(windowNo)) throw new HallFault('not_found', `window: no window ${windowNo}`, 'window');
    const holder = this.db
      .prepare('SELECT p.user_id FROM rating_pads p JOIN users u ON u.id = p.user_id WHERE p.window_no = ? AND u.active = 1 AND p.user_id <> ?')
      .get(windowNo, self) as { user_id: string } | undefined;
    if (holder) throw new HallFault('conflict', `window: window ${windowNo} already has pad ${holder.user_id}`, 'window');
  }

  /** A revoked pad still named at the window gives it up (one pad per window: rating_pads.window_no is unique). */
  private takeWindow(id: string, windowNo: number): void {
    this.db.prepare('DELETE FROM rating_pads WHERE window_no = ? AND user_id <> ?').run(windowNo, id);
    this.db
      .prepare('INSERT INTO rating_pads (user_id, window_no) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET window_no = excluded.window_no')
      .run(id, windowNo);
  }

  private newId(kind: DeviceAccountKind): string {
    for (;;) {
      const id = `${kind}-${randomBytes(3).toString('hex')}`;
      if (!this.db.prepare('SELECT 1 FROM users WHERE id = ?').get(id)) return id;
    }
  }

  private rows(id?: string): AccountRow[] {
    return this.db
      .prepare(
        `SELECT u.id, u.name, u.role, u.active, p.window_no, d.created_at, d.paired_at, d.last_seen_at, d.revoked_at, d.code_expires_at,
           EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.id AND s.expires_at > ?) AS live
         FROM users u LEFT JOIN rating_pads p ON p.user_id = u.id LEFT JOIN device_accounts d ON d.user_id = u.id
         WHERE u.role IN ('kiosk', 'pad') AND (? IS NULL OR u.id = ?)
         ORDER BY u.role, u.id`,
      )
      .all(this.clock.now(), id ?? null, id ?? null) as AccountRow[];
  }

  private view(r: AccountRow): DeviceAccountView {
    const now = this.clock.now();
    return {
      ...recordOf(r),
      paired: r.live === 1 && r.active === 1,
      createdAt: iso(r.created_at),
      pairedAt: iso(r.paired_at),
      lastSeen: iso(r.last_seen_at),
      codeExpiresAt: r.code_expires_at !== null && r.code_expires_at > now ? iso(r.code_expires_at) : null,
    };
  }
}

const recordOf = (r: AccountRow): DeviceRecord => ({ id: r.id, kind: r.role, name: r.name, window: r.window_no, revoked: r.active === 0 });
