// First-run setup from another hall's configuration file: the dry run writes nothing; setup applies the
// form's hall name, codes, time zone and manager with the file's services, items, windows, clerks and
// devices in one transaction; imported clerks have no PIN until the manager sets one, devices are
// unpaired; a bad entry names file.<entry>.<field> and writes nothing; a failure half-way leaves the
// folder empty, offered again.
import { rmSync } from 'node:fs';
import { afterEach, beforeAll, expect, test } from 'vitest';
import type { ConfigFile, SetupInput } from '../../electron/contract';
import { ManualClock } from '../../electron/core/clock';
import { openInspectableHall, type InspectableHall } from '../../electron/core/inspectable-hall';
import { login, MONDAY_9AM, makeTempDir, openSeededHall } from '../support/hall';
import { configuredExport } from './transfer-halls';

const dirs: string[] = [];
const halls: InspectableHall[] = [];
afterEach(() => {
  for (const h of halls.splice(0)) h.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

let file: ConfigFile;
beforeAll(() => {
  const source = openSeededHall();
  file = configuredExport(source, login(source.hall, 'admin'));
  source.cleanup();
});

function openEmpty(): InspectableHall {
  const dir = makeTempDir();
  dirs.push(dir);
  const hall = openInspectableHall({ dataDir: dir, clock: new ManualClock(MONDAY_9AM), log: () => {} });
  halls.push(hall);
  return hall;
}

const form = (extra: Partial<SetupInput> = {}): SetupInput => ({
  hallName: '新华路街道社区事务受理服务中心',
  hallCode: 'CN-XH-01',
  regionCode: '310105',
  timeZone: 'Asia/Urumqi',
  manager: { id: '9001', name: '周丽', pin: '408215' },
  template: 'file',
  file,
  ...extra,
});

const tables = ['settings', 'services', 'items', 'windows', 'window_services', 'users', 'rating_pads', 'device_accounts', 'audit'];
const fingerprint = (hall: InspectableHall) => JSON.stringify(tables.map((t) => hall.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
const ok = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

test('the dry run lists what setup from the file creates, and writes nothing', () => {
  const hall = openEmpty();
  const before = fingerprint(hall);
  const plan = ok(hall.send('setup.preview', { file }, null));
  expect(plan.applied).toBe(false);
  const counts = Object.fromEntries(plan.sections.map((s) => [s.section, s.created.length]));
  expect(counts).toEqual({ hall: 0, services: 8, items: 20, windows: 4, clerks: 5, devices: 6 });
  expect(plan.warnings.filter((w) => w.code === 'device_unpaired')).toHaveLength(5);
  expect(fingerprint(hall)).toBe(before);
  expect(hall.needsSetup()).toBe(true);
});

test('setup from the file: the form’s hall and manager, the file’s configuration, one transaction; clerks get PINs from the manager', () => {
  const hall = openEmpty();
  const done = ok(hall.send('setup.complete', form(), null));
  expect(done).toMatchObject({ manager: '9001', services: 8, items: 20, plan: { applied: true } });
  expect(hall.needsSetup()).toBe(false);
  expect(hall.settings.get('hallName')).toBe('新华路街道社区事务受理服务中心');
  expect(hall.settings.get('timeZone')).toBe('Asia/Urumqi');
  expect(hall.settings.get('policyMode')).toBe('pure'); // the file's hall rules
  const manager = ok(hall.send('auth.login', { user: '9001', pin: '408215' }, null));
  const as = { kind: 'session', session: manager } as const;
  const exported = ok(hall.send('config.export', {}, as));
  const { exportedAt: _a, hall: h1, clerks: c1, ...rest1 } = exported;
  const { exportedAt: _b, hall: h2, clerks: c2, ...rest2 } = file;
  expect(rest1).toEqual(rest2); // services, items, windows (addresses, retired), devices
  expect({ ...h1, hallName: '' }).toEqual({ ...h2, hallName: '' });
  expect(c1).toEqual([...c2, { id: '9001', name: '周丽', role: 'admin', active: true, photo: null }].sort((a, b) => (a.id < b.id ? -1 : 1)));
  // An imported clerk cannot log in until the manager sets a PIN on the Clerks page.
  expect(hall.send('auth.login', { user: '1001', pin: '1234' }, null)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  ok(hall.send('config.resetPin', { id: '1001', pin: '2468' }, as));
  expect(hall.send('auth.login', { user: '1001', pin: '2468' }, null)).toMatchObject({ ok: true, value: { role: 'clerk' } });
  const actions = (hall.db.prepare('SELECT action FROM audit ORDER BY id').all() as { action: string }[]).map((a) => a.action);
  expect(actions.slice(-3)).toEqual(['config.imported', 'hall.setUp', 'clerk.pin_reset']);
  expect(JSON.stringify(hall.db.prepare('SELECT * FROM audit').all())).not.toContain('408215');
  expect(hall.send('setup.preview', { file }, null)).toMatchObject({ ok: false, error: { code: 'conflict' } });
});

test('the file’s account of the new manager gives way to the form’s', () => {
  const hall = openEmpty();
  const done = ok(hall.send('setup.complete', form({ manager: { id: '1002', name: '周丽', pin: '408215' } }), null));
  expect(done.plan?.warnings[0]).toMatchObject({ code: 'manager_from_setup', key: '1002' });
  expect(hall.send('auth.login', { user: '1002', pin: '408215' }, null)).toMatchObject({ ok: true, value: { role: 'admin', name: '周丽' } });
});

type Mutate = (f: any) => void;
test.each<[string, Mutate | null, Partial<SetupInput>, string]>([
  ['an item of an unknown service', (f) => (f.items[3].serviceId = 'Q'), {}, 'file.items[3].serviceId'],
  ['a pad at an unknown window', (f) => (f.devices[1].window = 9), {}, 'file.devices[1].window'],
  ['a clerk with a PIN', (f) => (f.clerks[0].pin = '1234'), {}, 'file.clerks[0]'],
  ['no file', null, { file: undefined }, 'file'],
  ['not a configuration file', (f) => (f.format = 'x'), {}, 'file.format'],
  ['a file with another template', null, { template: 'empty' }, 'file'],
  ['a bad form field', null, { regionCode: '1' }, 'regionCode'],
])('setup with %s names %s and writes nothing', (_, mutate, extra, field) => {
  const hall = openEmpty();
  const bad = structuredClone(file);
  mutate?.(bad);
  const before = fingerprint(hall);
  const result = hall.send('setup.complete', form({ file: bad, ...extra }), null);
  expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field } });
  if (mutate) expect(hall.send('setup.preview', { file: bad }, null)).toMatchObject({ ok: false, error: { field } });
  expect(fingerprint(hall)).toBe(before);
  expect(hall.needsSetup()).toBe(true);
});

test('a failure while writing leaves the folder as it was: setup is offered again', () => {
  const hall = openEmpty();
  hall.db.exec("CREATE TRIGGER no_devices BEFORE INSERT ON device_accounts BEGIN SELECT RAISE(ABORT, 'disk says no'); END;");
  const before = fingerprint(hall);
  expect(hall.send('setup.complete', form(), null)).toMatchObject({ ok: false, error: { code: 'internal' } });
  expect(fingerprint(hall)).toBe(before);
  expect(hall.needsSetup()).toBe(true);
  hall.db.exec('DROP TRIGGER no_devices');
  expect(ok(hall.send('setup.complete', form(), null)).services).toBe(8);
});
