// First-run setup in the core: an empty data folder opens as a hall that needs setup; setup.complete
// validates every field (named, nothing written), makes the manager last, audits without the PIN,
// starts from a template or from nothing, and is refused for good afterwards.
import { rmSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { isTrivialPin, type SetupInput } from '../../electron/contract';
import { ManualClock } from '../../electron/core/clock';
import { openInspectableHall, type InspectableHall } from '../../electron/core/inspectable-hall';
import { MONDAY_9AM, makeTempDir } from '../support/hall';

const dirs: string[] = [];
const halls: InspectableHall[] = [];
afterEach(() => {
  for (const h of halls.splice(0)) h.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function openEmpty(dir = makeTempDir()): { hall: InspectableHall; dir: string } {
  if (!dirs.includes(dir)) dirs.push(dir);
  const hall = openInspectableHall({ dataDir: dir, clock: new ManualClock(MONDAY_9AM), log: () => {} });
  halls.push(hall);
  return { hall, dir };
}

const setup: SetupInput = {
  hallName: '新华路街道社区事务受理服务中心',
  hallCode: 'CN-XH-01',
  regionCode: '310105',
  manager: { id: '9001', name: '周丽', pin: '408215' },
};

const fingerprint = (hall: InspectableHall) =>
  JSON.stringify(['settings', 'services', 'items', 'users', 'audit'].map((t) => hall.db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));

test('an empty folder opens as a hall that needs setup, where nobody can log in', () => {
  const { hall } = openEmpty();
  expect(hall.needsSetup()).toBe(true);
  expect(hall.send('auth.login', { user: 'admin', pin: '000000' }, null)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  expect(hall.view().windows).toEqual([]);
});

test.each([
  [{ hallName: '' }, 'hallName'],
  [{ hallCode: 'has space' }, 'hallCode'],
  [{ regionCode: '31010' }, 'regionCode'],
  [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
  [{ manager: { id: '90 01', name: '周丽', pin: '408215' } }, 'manager.id'],
  [{ manager: { id: '9001', name: '', pin: '408215' } }, 'manager.name'],
  [{ manager: { id: '9001', name: '周丽', pin: '12345' } }, 'manager.pin'],
  [{ manager: { id: '9001', name: '周丽', pin: '123456' } }, 'manager.pin'],
  [{ manager: { id: '9001', name: '周丽', pin: '999999' } }, 'manager.pin'],
  [{ manager: { id: '9001', name: '周丽', pin: '876543' } }, 'manager.pin'],
  [{ template: 'all' }, 'template'],
])('a bad %j names %s and writes nothing', (change, field) => {
  const { hall } = openEmpty();
  const before = fingerprint(hall);
  const result = hall.send('setup.complete', { ...setup, ...change } as SetupInput, null);
  expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field } });
  expect(fingerprint(hall)).toBe(before);
  expect(hall.needsSetup()).toBe(true);
});

test('trivial manager PINs: one digit repeated or a straight run, up or down', () => {
  expect(['000000', '111111', '123456', '234567', '654321', '987654', '890123'].every(isTrivialPin)).toBe(true);
  expect(['408215', '135790', '112233', '246810', '121212'].some(isTrivialPin)).toBe(false);
});

test('setup from the demo services: the hall, its services and items, the manager who can log in, audited without the PIN', () => {
  const { hall, dir } = openEmpty();
  const done = hall.send('setup.complete', setup, null);
  expect(done).toEqual({ ok: true, value: { manager: '9001', services: 7, items: 19 } });
  expect(hall.needsSetup()).toBe(false);
  expect(hall.view()).toMatchObject({ hallName: setup.hallName, windows: [] });
  expect(hall.settings.get('hallCode')).toBe('CN-XH-01');
  expect(hall.settings.get('regionCode')).toBe('310105');
  const session = hall.send('auth.login', { user: '9001', pin: '408215' }, null);
  expect(session).toMatchObject({ ok: true, value: { role: 'admin', name: '周丽' } });
  if (!session.ok) throw new Error('no session');
  const services = hall.send('config.services', {}, { kind: 'session', session: session.value });
  expect(services.ok && services.value.map((s) => s.prefix)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'Z']);
  const audit = hall.db.prepare('SELECT user_id, action, after FROM audit ORDER BY id').all() as { user_id: string; action: string; after: string }[];
  expect(new Set(audit.map((a) => a.user_id))).toEqual(new Set(['9001']));
  expect(audit.filter((a) => a.action === 'service.created')).toHaveLength(7);
  expect(audit.filter((a) => a.action === 'item.created')).toHaveLength(19);
  expect(audit.at(-1)!.action).toBe('hall.setUp');
  expect(JSON.stringify(audit)).not.toContain('408215');
  // A second setup is refused, changes nothing, and a restart opens the set-up hall without --demo.
  const before = fingerprint(hall);
  expect(hall.send('setup.complete', { ...setup, manager: { id: '9002', name: '王五', pin: '408216' } }, null)).toMatchObject({
    ok: false,
    error: { code: 'conflict' },
  });
  expect(fingerprint(hall)).toBe(before);
  halls.pop()!.close();
  const again = openEmpty(dir).hall;
  expect(again.needsSetup()).toBe(false);
  expect(again.demo).toBe(false);
  expect(again.view().hallName).toBe(setup.hallName);
});

test('setup from an empty template has no services; the time zone given is the hall’s', () => {
  const { hall } = openEmpty();
  expect(hall.send('setup.complete', { ...setup, template: 'empty', timeZone: 'Asia/Urumqi' }, null)).toMatchObject({
    ok: true,
    value: { services: 0, items: 0 },
  });
  expect(hall.send('services.list', {}, null)).toEqual({ ok: true, value: [] });
  expect(hall.settings.get('timeZone')).toBe('Asia/Urumqi');
});

test('the demo hall is set up through the same path (its own setup is no manager change: not audited)', () => {
  const dir = makeTempDir();
  dirs.push(dir);
  const demo = openInspectableHall({ dataDir: dir, demo: true, clock: new ManualClock(MONDAY_9AM), log: () => {} });
  halls.push(demo);
  expect(demo.needsSetup()).toBe(false);
  expect(demo.db.prepare('SELECT count(*) AS n FROM audit').get()).toEqual({ n: 0 });
  expect(demo.view().windows.map((w) => w.number)).toEqual([1, 2, 3, 4]);
  expect(demo.send('auth.login', { user: '1001', pin: '1234' }, null)).toMatchObject({ ok: true, value: { role: 'clerk' } });
  // The savers' rules held: deferred items promise their days.
  expect(demo.db.prepare("SELECT count(*) AS n FROM items WHERE kind = 'deferred' AND promised_days IS NULL").get()).toEqual({ n: 0 });
  expect(demo.send('setup.complete', setup, null)).toMatchObject({ ok: false, error: { code: 'conflict' } });
});
