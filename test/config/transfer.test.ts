// The configuration file over a real SQLite hall: export → import into an empty hall gives the same
// configuration; a dry run changes nothing; an applied import is one transaction, audited, live; a bad
// file names the entry and field and changes nothing; an import never deletes.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { configFile, type ConfigFile } from '../../electron/contract';
import { NO_PIN } from '../../electron/config/transfer/clerk-section';
import { login, openSeededHall, refuse, run, type TestHall } from '../support/hall';
import { configuredExport, emptyHall, fingerprint } from './transfer-halls';

const withoutTime = ({ exportedAt: _, ...rest }: ConfigFile) => rest;

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

test('the export is a valid file with every section and no PIN or secret', () => {
  const file = run(a.hall, 'config.export', {}, login(a.hall, 'admin'));
  expect(configFile.safeParse(file).success).toBe(true);
  expect(file).toMatchObject({ format: 'tongban-config', version: 1, exportedAt: '2026-11-23T01:00:00.000Z' });
  expect(file.services.map((s: { id: string }) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'Z']);
  expect(file.windows[0]).toEqual({
    number: 1,
    name: '1号窗口',
    primary: ['A', 'B'],
    backup: ['C', 'D', 'E', 'F', 'Z'],
    ledAddress: null,
    keypadAddress: null,
    enabled: true,
  });
  expect(file.clerks.map((c: { id: string }) => c.id)).toEqual(['1001', '1002', '1003', '1004', 'admin']);
  expect(file.hall).toMatchObject({
    policyMode: 'skill',
    ratingTimeoutSeconds: 60,
    ratingMaxSeconds: 300,
    blockCallUntilRated: true,
    ratingDefaultLevel: null,
    followUpDueDays: 15,
  });
  const text = JSON.stringify(file);
  for (const secret of ['scrypt', 'pin', 'secret', 'timeZone', 'folder', 'paired-only', 'token', 'hash', 'Expires']) expect(text).not.toContain(secret);
  expect(file.devices).toEqual([
    { name: '取号机', kind: 'kiosk', window: null, revoked: false },
    ...[1, 2, 3, 4].map((n) => ({ name: `${n}号窗口评价器`, kind: 'pad', window: n, revoked: false })),
  ]);
});

test('export → import into an empty hall gives the same configuration; new clerks have no usable PIN', () => {
  const file = configuredExport(a, login(a.hall, 'admin'));
  expect(file.windows[1]).toMatchObject({ ledAddress: 2, keypadAddress: 12, enabled: true });
  expect(file.windows[3]).toMatchObject({ ledAddress: null, keypadAddress: null, enabled: false });
  expect(file.clerks[0]?.photo).toMatch(/^data:image\/png;base64,/);
  const empty = emptyHall();
  b = empty.t;
  const before = fingerprint(b);
  const plan = run(b.hall, 'config.import', { file }, empty.admin);
  expect(plan.applied).toBe(false);
  expect(fingerprint(b)).toBe(before); // a dry run changes nothing
  const counts = Object.fromEntries(
    plan.sections.map((s: { section: string; created: unknown[]; changed: unknown[] }) => [s.section, [s.created.length, s.changed.length]]),
  );
  expect(counts).toEqual({ hall: [0, 1], services: [8, 0], items: [20, 0], windows: [4, 0], clerks: [4, 0], devices: [6, 0] });
  expect(plan.sections.find((s: { section: string }) => s.section === 'clerks').unchanged).toEqual(['admin']);
  expect(plan.warnings.map((w: { code: string; key: string }) => `${w.code} ${w.key}`)).toEqual([
    ...['1001', '1002', '1003', '1004'].map((id) => `clerk_without_pin ${id}`),
    ...['取号机', '1号窗口评价器', '2号窗口评价器', '3号窗口评价器', '4号窗口新评价器'].map((name) => `device_unpaired ${name}`),
  ]);
  // The plan shows a photo as its type, size and hash, never the image.
  const photoShown = plan.sections.find((s: { section: string }) => s.section === 'clerks').created[0].after.photo;
  expect(photoShown).toMatch(/^image\/png 0\.1 KiB #[0-9a-f]{8}$/);

  const applied = run(b.hall, 'config.import', { file, dryRun: false }, empty.admin);
  expect(applied.applied).toBe(true);
  expect(withoutTime(run(b.hall, 'config.export', {}, empty.admin))).toEqual(withoutTime(file));
  // Live: the queue takes tickets for the imported service at once, numbered from its start number.
  const kiosk = b.hall.db
    .prepare("INSERT INTO users (id, name, role, pin_hash) SELECT 'kiosk-test', '测试取号机', 'kiosk', pin_hash FROM users WHERE id = 'admin'")
    .run();
  expect(kiosk.changes).toBe(1);
  expect(run(b.hall, 'tickets.issue', { serviceId: 'P' }, login(b.hall, 'kiosk-test', '000000'))).toMatchObject({ number: 'P101' });
  // Devices come unpaired: no PIN, no code, no session; the revoked one stays revoked.
  const devices = b.hall.db
    .prepare(
      "SELECT u.pin_hash, u.active, d.code_hash, (SELECT count(*) FROM sessions s WHERE s.user_id = u.id) AS sessions FROM users u JOIN device_accounts d ON d.user_id = u.id WHERE u.role IN ('kiosk', 'pad')",
    )
    .all();
  expect(devices).toHaveLength(6);
  for (const d of devices as { pin_hash: string; code_hash: null; sessions: number }[])
    expect(d).toMatchObject({ pin_hash: 'paired-only', code_hash: null, sessions: 0 });
  expect(refuse(b.hall, 'auth.login', { user: 'kiosk', pin: '8888' }).code).toBe('unauthenticated');
  // An imported clerk cannot log in until a manager resets the PIN.
  expect(b.hall.db.prepare("SELECT pin_hash FROM users WHERE id = '1001'").get()).toEqual({ pin_hash: NO_PIN });
  expect(refuse(b.hall, 'auth.login', { user: '1001', pin: '1234' }).code).toBe('unauthenticated');
  // Audited: one row per created or changed entry, one for the import.
  const actions = run(b.hall, 'audit.list', { limit: 500 }, empty.admin).entries.map((e: { action: string }) => e.action);
  expect(actions.filter((x: string) => x === 'item.created')).toHaveLength(20);
  expect(actions[0]).toBe('config.imported');
  expect(actions).toContain('hall.updated');
  expect(actions.filter((x: string) => x === 'device.created')).toHaveLength(6);
  expect(JSON.stringify(run(b.hall, 'audit.list', { limit: 500 }, empty.admin))).not.toContain('base64');
  expect(actions).toHaveLength(1 + 1 + 8 + 20 + 4 + 4 + 6);
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
  ['a photo that is no image', (f) => (f.clerks[0].photo = 'data:image/gif;base64,R0lGODlh'), 'clerks[0].photo'],
  ['an LED address of another window', (f) => ([f.windows[0].ledAddress, f.windows[1].ledAddress] = [5, 5]), 'windows[1].ledAddress'],
  ['a keypad address out of range', (f) => (f.windows[0].keypadAddress = 256), 'windows[0].keypadAddress'],
  ['a kiosk at a window', (f) => (f.devices[0].window = 1), 'devices[0].window'],
  ['a pad at no window', (f) => (f.devices[1].window = null), 'devices[1].window'],
  ['a pad at an unknown window', (f) => (f.devices[1].window = 9), 'devices[1].window'],
  ['two pads at one window', (f) => (f.devices[2].window = 1), 'devices[2].window'],
  ['a pad that is a kiosk here', (f) => Object.assign(f.devices[0], { kind: 'pad', window: 9 }), 'devices[0].kind'],
  ['a device twice', (f) => f.devices.push({ ...f.devices[0] }), 'devices[5].name'],
  ['a device with a secret', (f) => (f.devices[0].token = 'x'), 'devices[0]'],
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
