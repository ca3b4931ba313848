// The manager's windows: list them all (retired ones too) and save one (create, or update by number):
// its name, its A岗/X岗 profile (which services it serves as primary or backup), the addresses of its
// LED screen and keypad on the hall buses, retired or not. The profile's services must exist and an
// address belongs to one window in use; a window someone is signed in at cannot be retired. One
// transaction with the audit row; then the queue re-reads the skills and every screen hears hall.changed
// (the hall bus re-maps its addresses then: devices/hall-bus/saved-addresses.ts).
import { HallFault, type ParsedInput, type SkillRole, type WindowConfigView, type WindowListEntry } from '../contract';
import type { Db } from '../core/db';
import type { WindowRow } from '../core/rows';
import type { AuditTrail } from './audit';
import { auditedSave } from './audited-save';

interface ConfigRow extends WindowRow {
  led_address: number | null;
  keypad_address: number | null;
  enabled: number;
}

const ADDRESSES = [
  ['ledAddress', 'led_address', 'LED screen'],
  ['keypadAddress', 'keypad_address', 'keypad'],
] as const;

export class WindowCatalog {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly applied: () => void,
  ) {}

  list(): WindowListEntry[] {
    const rows = this.db
      .prepare('SELECT w.*, u.name AS clerk_name FROM windows w LEFT JOIN users u ON u.id = w.clerk_id ORDER BY w.number')
      .all() as (ConfigRow & {
      clerk_name: string | null;
    })[];
    return rows.map((r) => ({
      ...this.view(r),
      status: r.status,
      clerk: r.clerk_id === null ? null : { id: r.clerk_id, name: r.clerk_name ?? r.clerk_id },
    }));
  }

  save(input: ParsedInput<'config.saveWindow'>, userId: string): WindowConfigView {
    const row = () => this.db.prepare('SELECT * FROM windows WHERE number = ?').get(input.number) as ConfigRow | undefined;
    const { saved, changed } = auditedSave(this.db, this.audit, userId, {
      what: 'window',
      target: String(input.number),
      read: () => {
        const r = row();
        return r && this.view(r);
      },
      check: () => this.check(input, row()),
      write: (exists) => {
        const values = [input.name, input.ledAddress, input.keypadAddress, input.enabled ? 1 : 0, input.number];
        const sql = exists
          ? 'UPDATE windows SET name = ?, led_address = ?, keypad_address = ?, enabled = ? WHERE number = ?'
          : 'INSERT INTO windows (name, led_address, keypad_address, enabled, number) VALUES (?, ?, ?, ?, ?)';
        this.db.prepare(sql).run(...values);
        this.db.prepare('DELETE FROM window_services WHERE window_no = ?').run(input.number);
        const link = this.db.prepare('INSERT INTO window_services (window_no, service_id, role) VALUES (?, ?, ?)');
        for (const [serviceId, role] of Object.entries(input.profile)) link.run(input.number, serviceId, role);
      },
    });
    if (changed) this.applied();
    return saved;
  }

  private check(input: ParsedInput<'config.saveWindow'>, current: ConfigRow | undefined): void {
    for (const serviceId of Object.keys(input.profile)) {
      if (!this.db.prepare('SELECT 1 FROM services WHERE id = ?').get(serviceId)) {
        throw new HallFault('bad_request', `profile.${serviceId}: no service ${serviceId}`, `profile.${serviceId}`);
      }
    }
    if (input.enabled) {
      for (const [field, column, what] of ADDRESSES) {
        if (input[field] === null) continue;
        const clash = this.db.prepare(`SELECT number FROM windows WHERE ${column} = ? AND enabled = 1 AND number <> ?`).get(input[field], input.number) as
          { number: number } | undefined;
        if (clash) throw new HallFault('bad_request', `${field}: ${input[field]} is the ${what} of window ${clash.number}`, field);
      }
    }
    if (!input.enabled && current?.enabled === 1 && current.clerk_id !== null) {
      throw new HallFault(
        'conflict',
        `window ${input.number} is staffed by ${current.clerk_id}; they must sign out before it is retired`,
        undefined,
        'window_staffed',
      );
    }
  }

  /** The window as configured (what the audit compares): not who is signed in there now. */
  private view(r: ConfigRow): WindowConfigView {
    const links = this.db
      .prepare('SELECT ws.service_id, ws.role FROM window_services ws JOIN services s ON s.id = ws.service_id WHERE ws.window_no = ? ORDER BY s.sort, s.id')
      .all(r.number) as { service_id: string; role: SkillRole }[];
    return {
      number: r.number,
      name: r.name,
      profile: Object.fromEntries(links.map((l) => [l.service_id, l.role])),
      ledAddress: r.led_address,
      keypadAddress: r.keypad_address,
      enabled: r.enabled === 1,
    };
  }
}
