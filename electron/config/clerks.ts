// The clerks' and managers' accounts (not the devices': kiosk and pad accounts are kept elsewhere):
// list them, save one (create with a PIN, or update name, role, active), reset a PIN, set a photo.
// Nobody is deleted: a clerk with history is disabled. Disabling, demoting or a new PIN ends that
// person's sessions in the same transaction, and a disabled clerk is signed out of their window. The
// last active manager cannot be disabled or demoted, so the hall is never locked out. The audit never
// holds a PIN, its hash or the photo itself.
import { HallFault, clerkPin, managerPin, type ClerkConfigView, type ClerkListEntry, type ClerkPhotoView, type ParsedInput } from '../contract';
import { hashPin } from '../core/auth';
import type { Db } from '../core/db';
import type { Actor } from '../core/engine-parts';
import type { AuditTrail } from './audit';
import { auditedSave } from './audited-save';

interface UserRow {
  id: string;
  name: string;
  role: 'clerk' | 'admin' | 'kiosk' | 'pad';
  active: number;
  photo: string | null;
}

const PEOPLE = "role IN ('clerk', 'admin')";

const view = (r: UserRow): ClerkConfigView => ({
  id: r.id,
  name: r.name,
  role: r.role as ClerkConfigView['role'],
  active: r.active === 1,
  hasPhoto: r.photo !== null,
});

/** What the roster needs of the queue: one transaction with its listeners told after, and a sign-out. */
export interface RosterQueue {
  atomically<T>(fn: () => T): T;
  signOut(windowNo: number, actor: Actor): void;
}

export class ClerkRoster {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly queue: RosterQueue,
    /** Every screen hears of it (a renamed clerk at a window), after the commit. */
    private readonly applied: () => void,
  ) {}

  list(): ClerkListEntry[] {
    const rows = this.db
      .prepare(
        `SELECT u.*, max(coalesce((SELECT max(signed_in_at) FROM duty WHERE user_id = u.id), 0),
                        coalesce((SELECT max(created_at) FROM sessions WHERE user_id = u.id), 0)) AS last
         FROM users u WHERE ${PEOPLE} ORDER BY u.role = 'admin' DESC, u.id`,
      )
      .all() as (UserRow & { last: number; pin_hash: string | null })[];
    return rows.map((r) => ({
      ...view(r),
      lastSignInAt: r.last > 0 ? new Date(r.last).toISOString() : null,
      hasPin: r.pin_hash?.startsWith('scrypt:') === true, // core/pins.ts: the only hashes a PIN verifies against
    }));
  }

  save(input: ParsedInput<'config.saveClerk'>, manager: Actor): ClerkConfigView {
    // Hashed before the transaction: scrypt is slow, and nothing else waits on it there.
    const pinHash = input.pin === undefined ? null : hashPin(input.pin);
    const { saved, changed } = this.queue.atomically(() => {
      const before = this.row(input.id);
      const result = auditedSave(this.db, this.audit, manager.user, {
        what: 'clerk',
        target: input.id,
        read: () => {
          const r = this.row(input.id);
          return r && view(r);
        },
        check: () => this.check(input, before),
        write: (exists) => {
          if (exists) {
            this.db.prepare('UPDATE users SET name = ?, role = ?, active = ? WHERE id = ?').run(input.name, input.role, input.active ? 1 : 0, input.id);
          } else {
            this.db
              .prepare('INSERT INTO users (id, name, role, active, pin_hash) VALUES (?, ?, ?, ?, ?)')
              .run(input.id, input.name, input.role, input.active ? 1 : 0, pinHash);
          }
        },
      });
      // Disabled or given another role: their tokens end now, and they log in again as what they are.
      if (before && (!input.active || before.role !== input.role)) this.revoke(input.id);
      if (before && !input.active) this.signOutEverywhere(input.id, manager);
      return result;
    });
    if (changed) this.applied();
    return saved;
  }

  resetPin(input: ParsedInput<'config.resetPin'>, manager: Actor): ClerkConfigView {
    const r = this.person(input.id);
    const parsed = (r.role === 'admin' ? managerPin : clerkPin).safeParse(input.pin);
    if (!parsed.success) throw new HallFault('bad_request', `pin: ${parsed.error.issues[0]!.message}`, 'pin');
    const hash = hashPin(input.pin);
    this.db.transaction(() => {
      this.db.prepare('UPDATE users SET pin_hash = ? WHERE id = ?').run(hash, input.id);
      this.revoke(input.id);
      this.audit.record(manager.user, 'clerk.pin_reset', input.id, null, null);
    })();
    return view(this.person(input.id));
  }

  photo(id: string): ClerkPhotoView {
    return { id, photo: this.person(id).photo };
  }

  setPhoto(input: ParsedInput<'config.setClerkPhoto'>, manager: Actor): ClerkConfigView {
    const before = this.person(input.id);
    if (before.photo === input.photo) return view(before);
    const describe = (photo: string | null) => photo && { type: photo.slice(5, photo.indexOf(';')), chars: photo.length };
    this.db.transaction(() => {
      this.db.prepare('UPDATE users SET photo = ? WHERE id = ?').run(input.photo, input.id);
      this.audit.record(manager.user, 'clerk.photo_set', input.id, { photo: describe(before.photo) }, { photo: describe(input.photo) });
    })();
    return view(this.person(input.id));
  }

  private check(input: ParsedInput<'config.saveClerk'>, before: UserRow | undefined): void {
    if (before && before.role !== 'clerk' && before.role !== 'admin') {
      throw new HallFault('bad_request', `id: ${input.id} is a device account (${before.role}), not a clerk`, 'id');
    }
    if (!before && input.pin === undefined) throw new HallFault('bad_request', 'pin: a new account needs a PIN', 'pin');
    if (before && input.pin !== undefined) throw new HallFault('bad_request', 'pin: change the PIN of an existing account with config.resetPin', 'pin');
    const leavesManagers = before?.role === 'admin' && before.active === 1 && (input.role !== 'admin' || !input.active);
    if (leavesManagers && this.activeManagers() <= 1) {
      throw new HallFault('conflict', `${input.id} is the last active manager; make another manager first`, undefined, 'last_manager');
    }
    if (before && !input.active) {
      const busy = this.db.prepare('SELECT number FROM windows WHERE clerk_id = ? AND current_ticket_id IS NOT NULL').get(input.id) as
        { number: number } | undefined;
      if (busy)
        throw new HallFault('conflict', `${input.id} is serving a ticket at window ${busy.number}; finish or transfer it first`, undefined, 'ticket_current');
    }
  }

  private activeManagers(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1").get() as { n: number }).n;
  }

  /** Ends every session of this person (their tokens stop working at once). */
  private revoke(id: string): void {
    this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
  }

  private signOutEverywhere(id: string, manager: Actor): void {
    const windows = this.db.prepare('SELECT number FROM windows WHERE clerk_id = ?').all(id) as { number: number }[];
    for (const { number } of windows) this.queue.signOut(number, manager);
  }

  private row(id: string): UserRow | undefined {
    return this.db.prepare('SELECT id, name, role, active, photo FROM users WHERE id = ?').get(id) as UserRow | undefined;
  }

  /** A clerk's or manager's row; a device account or an unknown 工号 is not found. */
  private person(id: string): UserRow {
    const r = this.row(id);
    if (!r || (r.role !== 'clerk' && r.role !== 'admin')) throw new HallFault('not_found', `no clerk ${id}`, 'id');
    return r;
  }
}
