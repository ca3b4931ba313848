// The manager's windows: a window's A岗/X岗 profile decides what it calls next, at once; a profile's
// unknown service, an address another window has, a bad number name their field and change nothing;
// a window someone is signed in at cannot be retired; a retired window is kept but not offered.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { HallEvent } from '../../electron/contract';
import { eventually } from '../support/eventually';
import { issue, login, openSeededHall, refuse, run, staff, type TestHall } from '../support/hall';

let t: TestHall;
beforeEach(() => {
  t = openSeededHall();
});
afterEach(() => t.cleanup());

const seven = { number: 7, name: '7号窗口', profile: { A: 'primary', Z: 'backup' }, ledAddress: 7, keypadAddress: 7 };
const tables = () => JSON.stringify(['windows', 'window_services', 'audit'].map((x) => t.hall.db.prepare(`SELECT * FROM ${x} ORDER BY rowid`).all()));

test('a new window is in the hall at once with its profile and addresses, and audited', async () => {
  const admin = login(t.hall, 'admin');
  const pushed: HallEvent[] = [];
  t.hall.subscribe((e) => pushed.push(e));
  const saved = run(t.hall, 'config.saveWindow', seven, admin);
  expect(saved).toEqual({ ...seven, enabled: true });
  await eventually(() => expect(pushed.map((e) => e.name)).toContain('hall.changed'));
  expect(run(t.hall, 'hall.get', {}).windows.map((w: { number: number }) => w.number)).toEqual([1, 2, 3, 4, 7]);
  expect(run(t.hall, 'config.windows', {}, admin).at(-1)).toEqual({ ...saved, status: 'closed', clerk: null });
  const clerk = staff(t.hall, '1001', 7);
  issue(t.hall, login(t.hall, 'kiosk'), 'B'); // not served at window 7
  const a = issue(t.hall, login(t.hall, 'kiosk'), 'A');
  expect(run(t.hall, 'window.callNext', { window: 7 }, clerk)).toMatchObject({ ticket: { id: a.id } });
  const { entries } = run(t.hall, 'audit.list', {}, admin);
  expect(entries[0]).toMatchObject({ userId: 'admin', action: 'window.created', target: '7', before: null, after: saved });
});

test("a window's new profile changes which ticket it calls next, without a restart", () => {
  const admin = login(t.hall, 'admin');
  const kiosk = login(t.hall, 'kiosk');
  const clerk = staff(t.hall, '1001', 1); // demo window 1: A and B primary, the rest backup
  const z = issue(t.hall, kiosk, 'Z');
  t.clock.advance(60_000);
  issue(t.hall, kiosk, 'A');
  expect(run(t.hall, 'window.get', { window: 1 }, clerk).queue[0].number).toBe('A001');
  const window1 = run(t.hall, 'config.windows', {}, admin)[0];
  run(t.hall, 'config.saveWindow', { number: 1, name: window1.name, profile: { Z: 'primary', A: 'backup' } }, admin);
  expect(run(t.hall, 'window.get', { window: 1 }, clerk).queue[0].number).toBe('Z001');
  expect(run(t.hall, 'window.callNext', { window: 1 }, clerk)).toMatchObject({ ticket: { id: z.id } });
  const [entry] = run(t.hall, 'audit.list', {}, admin).entries;
  expect(entry).toMatchObject({
    action: 'window.updated',
    target: '1',
    before: { profile: { A: 'primary', Z: 'backup' } },
    after: { profile: { A: 'backup', Z: 'primary' } },
  });
});

test.each([
  [{ ...seven, profile: { NOPE: 'primary' } }, 'profile.NOPE'],
  [{ ...seven, profile: { A: 'sometimes' } }, 'profile.A'],
  [{ ...seven, number: 0 }, 'number'],
  [{ ...seven, number: 100 }, 'number'],
  [{ ...seven, name: ' ' }, 'name'],
  [{ ...seven, ledAddress: 65535 }, 'ledAddress'],
  [{ ...seven, keypadAddress: 256 }, 'keypadAddress'],
  [{ ...seven, colour: 'red' }, 'colour'],
])('a bad window (%j) names %s and changes nothing', (input, field) => {
  const admin = login(t.hall, 'admin');
  const before = tables();
  expect(refuse(t.hall, 'config.saveWindow', input, admin)).toMatchObject({ code: 'bad_request', field });
  expect(tables()).toBe(before);
});

test('an LED or keypad address belongs to one window in use; a retired window gives its address up', () => {
  const admin = login(t.hall, 'admin');
  run(t.hall, 'config.saveWindow', seven, admin);
  const before = tables();
  expect(refuse(t.hall, 'config.saveWindow', { ...seven, number: 8, keypadAddress: 8 }, admin)).toMatchObject({ code: 'bad_request', field: 'ledAddress' });
  const clash = refuse(t.hall, 'config.saveWindow', { ...seven, number: 8, ledAddress: 8 }, admin);
  expect(clash).toMatchObject({ code: 'bad_request', field: 'keypadAddress' });
  expect(clash.message).toContain('window 7');
  expect(tables()).toBe(before);
  run(t.hall, 'config.saveWindow', { ...seven, enabled: false }, admin);
  expect(run(t.hall, 'config.saveWindow', { ...seven, number: 8 }, admin)).toMatchObject({ number: 8, ledAddress: 7 });
  // Brought back while another window has its addresses: refused.
  expect(refuse(t.hall, 'config.saveWindow', seven, admin)).toMatchObject({ field: 'ledAddress' });
});

test('a window someone is signed in at cannot be retired; retired, it is kept but nobody signs in there', () => {
  const admin = login(t.hall, 'admin');
  const window2 = { number: 2, name: '2号窗口', profile: { C: 'primary' } };
  const clerk = staff(t.hall, '1002', 2);
  const before = tables();
  expect(refuse(t.hall, 'config.saveWindow', { ...window2, enabled: false }, admin)).toMatchObject({ code: 'conflict', reason: 'window_staffed' });
  expect(tables()).toBe(before);
  run(t.hall, 'window.signOut', { window: 2 }, clerk);
  run(t.hall, 'config.saveWindow', { ...window2, enabled: false }, admin);
  expect(run(t.hall, 'hall.get', {}).windows.map((w: { number: number }) => w.number)).toEqual([1, 3, 4]);
  expect(run(t.hall, 'config.windows', {}, admin).find((w: { number: number }) => w.number === 2)).toMatchObject({ enabled: false });
  expect(refuse(t.hall, 'window.signIn', { window: 2 }, clerk)).toMatchObject({ code: 'not_found', field: 'window' });
  expect(t.hall.db.prepare('SELECT count(*) AS n FROM duty WHERE window_no = 2').get()).toEqual({ n: 1 }); // its history stays
});

test('saving a window as it is records nothing; a clerk may not configure windows', () => {
  const admin = login(t.hall, 'admin');
  run(t.hall, 'config.saveWindow', seven, admin);
  run(t.hall, 'config.saveWindow', { ...seven, profile: { Z: 'backup', A: 'primary' } }, admin);
  expect(run(t.hall, 'audit.list', {}, admin).entries).toHaveLength(1);
  expect(refuse(t.hall, 'config.saveWindow', seven, login(t.hall, '1001')).code).toBe('forbidden');
});
