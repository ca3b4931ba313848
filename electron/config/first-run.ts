// First-run setup: an empty data folder becomes a hall. The hall's own settings, the template's
// services and items (through the same catalogue savers, audited, as every later change) and last
// the first manager, whose commit is what makes the hall "set up": a setup cut off half-way leaves
// no manager, so it is simply offered again (every save before it is an upsert). Setup from another
// hall's configuration file is setup-from-file.ts: all of it in one transaction.
import { HallFault, type ParsedInput, type SetupDone } from '../contract';
import { hashPin } from '../core/auth';
import type { Db } from '../core/db';
import { demoServices, isSetUp } from '../core/demo';
import type { SettingsStore } from '../core/settings-store';
import type { AuditTrail } from './audit';
import type { ItemCatalog } from './items';
import type { ServiceCatalog } from './services';
import { setupFromFile } from './setup-from-file';
import type { ConfigTransfer } from './transfer/config-transfer';
import type { configSettings } from './settings';
import type { queueSettings } from '../core/settings';

/** Working days the demo template's deferred items (承诺件) promise. */
const DEMO_PROMISED_DAYS: Record<string, number> = { A03: 10, A04: 20, B01: 20, B02: 5, B03: 20, C02: 15, C03: 15, D01: 20, D03: 15, E02: 10, F01: 20 };

export interface FirstRunParts {
  db: Db;
  settings: SettingsStore<typeof configSettings & Pick<typeof queueSettings, 'hallName' | 'timeZone'>>;
  audit: AuditTrail;
  services: ServiceCatalog;
  items: ItemCatalog;
  /** The configuration file's import, for setup from another hall's file. */
  transfer: ConfigTransfer;
  /** The queue re-reads its configuration and the screens hear of it. */
  applied(): void;
}

/**
 * Sets the hall up. `alongside` runs in the manager's transaction (the demo hall adds its windows,
 * clerks and devices there until those have their own savers).
 */
export function completeSetup(parts: FirstRunParts, input: ParsedInput<'setup.complete'>, alongside?: () => void): SetupDone {
  const { db, settings, audit } = parts;
  if (isSetUp(db)) throw new HallFault('conflict', 'this hall is set up already; its managers change it from the admin page');
  const { manager } = input;
  if (db.prepare('SELECT 1 FROM users WHERE id = ?').get(manager.id)) {
    throw new HallFault('bad_request', `manager.id: ${manager.id} is taken by a device account`, 'manager.id');
  }
  if (input.template === 'file') return setupFromFile(parts, input);
  settings.update({ hallName: input.hallName, timeZone: input.timeZone, hallCode: input.hallCode, regionCode: input.regionCode });
  let items = 0;
  const services = input.template === 'demo-services' ? demoServices : [];
  for (const [sort, s] of services.entries()) {
    const name = { 'zh-CN': s.names[0], 'zh-TW': s.names[1], en: s.names[2] };
    parts.services.save({ id: s.id, prefix: s.id, name, dailyCap: 999, startNumber: 1, enabled: true, sort }, manager.id);
    for (const [code, kind, zhCN, zhTW, en] of s.items) {
      const promisedDays = kind === 'deferred' ? (DEMO_PROMISED_DAYS[code] ?? 10) : null;
      parts.items.save({ code, serviceId: s.id, name: { 'zh-CN': zhCN, 'zh-TW': zhTW, en }, kind, promisedDays, enabled: true }, manager.id);
      items += 1;
    }
  }
  db.transaction(() => {
    alongside?.();
    db.prepare("INSERT INTO users (id, name, role, pin_hash) VALUES (?, ?, 'admin', ?)").run(manager.id, manager.name, hashPin(manager.pin));
    const { pin: _secret, ...who } = manager; // never a PIN in the audit
    audit.record(manager.id, 'hall.setUp', null, null, { ...input, manager: who });
  })();
  parts.applied();
  return { manager: manager.id, services: services.length, items };
}
