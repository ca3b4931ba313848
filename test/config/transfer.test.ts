// The configuration file over a real SQLite hall: export → import into an empty hall gives the same
// configuration; a dry run changes nothing; an applied import is one transaction, audited, live; a bad
// file names the entry and field and changes nothing; an import never deletes.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { configFile, type ConfigFile, type Session } from '../../electron/contract';
import { NO_PIN } from '../../electron/config/transfer/clerk-section';
import { login, openSeededHall, refuse, run, type TestHall } from '../support/hall';

let a: TestHall;
let b: TestHall | undefined;
beforeEach(() => {
  a = openSeededHall();
});
afterEach(() => {
  a.cleanup();
  b?.cleanup();
  b = undefined;
});

const configTables = ['services', 'items', 'windows', 'window_services', 'users', 'settings', 'audit'];
const fingerprint = (t: TestHall) => JSON.stringify(configTables.map((x) => t.hall.db.prepare(`SELECT * FROM ${x} ORDER BY rowid`).all()));
const withoutTime = ({ exportedAt: _, ...rest }: ConfigFile) => rest;

/** A hall with no configuration but its manager (as after setup with the empty template). */
function emptyHall(): { t: TestHall; admin: Session } {
  const t = openSeededHall();
  const admin = login(t.hall, 'admin');
  t.hall.db.exec(`
    DELETE FROM rating_pads; DELETE FROM window_services; DELETE FROM windows; DELETE FROM items; DELETE FROM services;
    DELETE FROM sessions WHERE user_id <> 'admin'; DELETE FROM users WHERE id <> 'admin';
    DELETE FROM settings WHERE key <> 'demo';`);
  t.hall.engine.config.reload();
  return { t, admin };
}

/** The demo hall with some of everything changed, so a round trip carries more than defaults. */
function configuredExport(admin: Session): ConfigFile {
  run(
    a.hall,
    'config.saveService',
    { id: 'P', prefix: 'P', name: { 'zh-CN': '养老', 'zh-TW': '養老', en: 'Pensions' }, dailyCap: 80, startNumber: 101 },
    admin,
  );
  run(
    a.hall,
    'config.saveItem',
    { code: 'P01', serviceId: 'P', name: { 'zh-CN': '养老金申领', 'zh-TW': '養老金申領', en: 'Pension claim' }, kind: 'deferred', promisedDays: 12 },
    admin,
  );
  run(a.hall, 'config.saveHall', { hallName: '长宁街道社区事务受理服务中心', policyMode: 'pure', maxWaitMinutes: 45 }, admin);
  run(a.hall, 'ratings.configure', { timeoutSeconds: 90, defaultLevel: 4 }, admin);
  a.hall.db.prepare("INSERT INTO window_services (window_no, service_id, role) VALUES (2, 'P', 'primary')").run();
  a.hall.db.prepare("UPDATE users SET active = 0 WHERE id = '1004'").run();
  return run(a.hall, 'config.export', {}, admin);
}

test('the export is a valid file with every section and no PIN or secret', () => {
  const file = run(a.hall, 'config.export', {}, login(a.hall, 'admin'));
  expect(configFile.safeParse(file).success).toBe(true);
  expect(file).toMatchObject({ format: 'tongban-config', version: 1, exportedAt: '2026-11-23T01:00:00.000Z' });
  expect(file.services.map((s: { id: string }) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'Z']);
  expect(file.windows[0]).toEqual({ number: 1, name: '1号窗口', primary: ['A', 'B'], backup: ['C', 'D', 'E', 'F', 'Z'] });
  expect(file.clerks.map((c: { id: string }) => c.id)).toEqual(['1001', '1002', '1003', '1004', 'admin']);
  expect(file.hall).toMatchObject({ policyMode: 'skill', ratingTimeoutSeconds: 60, ratingDefaultLevel: null, followUpDueDays: 15 });
  const text = JSON.stringify(file);
  for (const secret of ['scrypt', 'pin', 'secret', 'timeZone', 'folder', 'kiosk']) expect(text).not.toContain(secret);
});

test('export → import into an empty hall gives the same configuration; new clerks have no usable PIN', () => {
  const file = configuredExport(login(a.hall, 'admin'));
  const empty = emptyHall();
  b = empty.t;
  const before = fingerprint(b);
  const plan = run(b.hall, 'config.import', { file }, empty.admin);
  expect(plan.applied).toBe(false);
  expect(fingerprint(b)).toBe(before); // a dry run changes nothing
  const counts = Object.fromEntries(
    plan.sections.map((s: { section: string; created: unknown[]; changed: unknown[] }) => [s.section, [s.created.length, s.changed.length]]),
  );
  expect(counts).toEqual({ hall: [0, 1], services: [8, 0], items: [20, 0], windows: [4, 0], clerks: [4, 0] });
  expect(plan.sections.find((s: { section: string }) => s.section === 'clerks').unchanged).toEqual(['admin']);
  expect(plan.warnings.map((w: { code: string; key: string }) => `${w.code} ${w.key}`)).toEqual(
    ['1001', '1002', '1003', '1004'].map((id) => `clerk_without_pin ${id}`),
  );

  const applied = run(b.hall, 'config.import', { file, dryRun: false }, empty.admin);
  expect(applied.applied).toBe(true);
  expect(withoutTime(run(b.hall, 'config.export', {}, empty.admin))).toEqual(withoutTime(file));
  // Live: the queue takes tickets for the imported service at once, numbered from its start number.
  const kiosk = b.hall.db
    .prepare("INSERT INTO users (id, name, role, pin_hash) SELECT 'kiosk', '取号机', 'kiosk', pin_hash FROM users WHERE id = 'admin'")
    .run();
  expect(kiosk.changes).toBe(1);
  expect(run(b.hall, 'tickets.issue', { serviceId: 'P' }, login(b.hall, 'kiosk', '000000'))).toMatchObject({ number: 'P101' });
  // An imported clerk cannot log in until a manager resets the PIN.
  expect(b.hall.db.prepare("SELECT pin_hash FROM users WHERE id = '1001'").get()).toEqual({ pin_hash: NO_PIN });
  expect(refuse(b.hall, 'auth.login', { user: '1001', pin: '1234' }).code).toBe('unauthenticated');
  // Audited: one row per created or changed entry, one for the import.
  const actions = run(b.hall, 'audit.list', { limit: 500 }, empty.admin).entries.map((e: { action: string }) => e.action);
  expect(actions.filter((x: string) => x === 'item.created')).toHaveLength(20);
  expect(actions[0]).toBe('config.imported');
  expect(actions).toContain('hall.updated');
  expect(actions).toHaveLength(1 + 1 + 8 + 20 + 4 + 4);
  // The same file again changes nothing and records nothing.
  const again = fingerprint(b);
  expect(run(b.hall, 'config.import', { file, dryRun: false }, empty.admin).applied).toBe(false);
  expect(fingerprint(b)).toBe(again);
});

test('an import never deletes: what the file does not name is kept, and the plan says so', () => {
  const admin = login(a.hall, 'admin');
  const file = run(a.hall, 'config.export', {}, admin);
  const one = { ...file, services: [{ ...file.services[0], dailyCap: 120 }], items: [], windows: [], clerks: [], hall: {} };
  const plan = run(a.hall, 'config.import', { file: one, dryRun: false }, admin);
  const services = plan.sections.find((s: { section: string }) => s.section === 'services');
  expect(services.changed).toEqual([{ key: 'A', before: file.services[0], after: { ...file.services[0], dailyCap: 120 } }]);
  expect(services.kept).toEqual(['B', 'C', 'D', 'E', 'F', 'Z']);
  expect(plan.sections.find((s: { section: string }) => s.section === 'items').kept).toHaveLength(19);
  const after = run(a.hall, 'config.export', {}, admin);
  expect(after.services.map((s: { dailyCap: number }) => s.dailyCap)).toEqual([120, 999, 999, 999, 999, 999, 999]);
  expect(after.items).toEqual(file.items);
  expect(after.windows).toEqual(file.windows);
  expect(run(a.hall, 'audit.list', {}, admin).entries.map((e: { action: string }) => e.action)).toEqual(['config.imported', 'service.updated']);
});

test('two services may swap their prefixes in one import', () => {
  const admin = login(a.hall, 'admin');
  const file = structuredClone(run(a.hall, 'config.export', {}, admin));
  [file.services[0].prefix, file.services[1].prefix] = ['B', 'A'];
  expect(run(a.hall, 'config.import', { file, dryRun: false }, admin).applied).toBe(true);
  expect(run(a.hall, 'config.services', {}, admin).map((s: { prefix: string }) => s.prefix)).toEqual(['B', 'A', 'C', 'D', 'E', 'F', 'Z']);
  expect(run(a.hall, 'tickets.issue', { serviceId: 'A' }, login(a.hall, 'kiosk'))).toMatchObject({ number: 'B001' });
});

type Mutate = (f: any) => void;
test.each<[string, Mutate, string]>([
  ['an item of an unknown service', (f) => (f.items[3].serviceId = 'Q'), 'items[3].serviceId'],
  ['a prefix another service has', (f) => (f.services[1].prefix = 'A'), 'services[1].prefix'],
  ['a service twice', (f) => f.services.push({ ...f.services[0] }), 'services[7].id'],
  ['a window serving an unknown service', (f) => (f.windows[2].backup[1] = 'Q'), 'windows[2].backup[1]'],
  ['a service both primary and backup', (f) => f.windows[0].backup.push('A'), 'windows[0].backup[5]'],
  ['an immediate item with days', (f) => (f.items[0].promisedDays = 5), 'items[0].promisedDays'],
  ['days out of range', (f) => (f.items[2].promisedDays = 400), 'items[2].promisedDays'],
  ['an empty name', (f) => (f.items[5].name['zh-TW'] = ' '), 'items[5].name.zh-TW'],
  ['an unknown field', (f) => (f.clerks[1].pin = '1234'), 'clerks[1]'],
  ['another format', (f) => (f.format = 'other'), 'format'],
  ['a later version', (f) => (f.version = 2), 'version'],
  ['a clerk who is a device here', (f) => f.clerks.push({ id: 'kiosk', name: '取号机', role: 'clerk', active: true }), 'clerks[5].id'],
  ['the importer demoted', (f) => (f.clerks[4].role = 'clerk'), 'clerks[4].role'],
  ['the importer disabled', (f) => (f.clerks[4].active = false), 'clerks[4].active'],
])('a bad file (%s) names the entry and field and changes nothing', (_, mutate, field) => {
  const admin = login(a.hall, 'admin');
  const file = structuredClone(run(a.hall, 'config.export', {}, admin));
  for (const s of file.services) s.dailyCap = 50; // a valid change the bad entry must hold back
  mutate(file);
  const before = fingerprint(a);
  for (const dryRun of [true, false]) {
    const error = refuse(a.hall, 'config.import', { file, dryRun }, admin);
    expect(error).toMatchObject({ code: 'bad_request', field: expect.stringContaining(field) });
    expect(error.message.startsWith(field)).toBe(true);
  }
  expect(fingerprint(a)).toBe(before);
});

test('a failure while writing rolls the whole import back (one transaction)', () => {
  const admin = login(a.hall, 'admin');
  const file = structuredClone(run(a.hall, 'config.export', {}, admin));
  file.hall.hallName = '新名字';
  file.services[0].dailyCap = 10;
  file.clerks.push({ id: '2001', name: '新同事', role: 'clerk', active: true });
  a.hall.db.exec("CREATE TRIGGER no_new_users BEFORE INSERT ON users BEGIN SELECT RAISE(ABORT, 'disk says no'); END;");
  const before = fingerprint(a);
  expect(refuse(a.hall, 'config.import', { file, dryRun: false }, admin).code).toBe('internal');
  expect(fingerprint(a)).toBe(before);
  expect(run(a.hall, 'config.hall', {}, admin).hallName).toBe('示范街道社区事务受理服务中心');
});

test('only a manager exports or imports', () => {
  const clerk = login(a.hall, '1001');
  expect(refuse(a.hall, 'config.export', {}, clerk).code).toBe('forbidden');
  expect(refuse(a.hall, 'config.import', { file: {} }, clerk).code).toBe('forbidden');
  expect(refuse(a.hall, 'config.import', {}, login(a.hall, 'admin'))).toMatchObject({ code: 'bad_request', field: 'file' });
});
