// The configuration file's device accounts and window addresses over a real SQLite hall: an account
// that exists by name keeps its id, pairing and sessions and takes the file's window; the file may
// revoke it (its sessions end) but not bring it back (that is a new, unpaired account); windows may
// swap their bus addresses in one import; a staffed window is not retired.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Session } from '../../electron/contract';
import { login, openSeededHall, refuse, run, staff, type TestHall } from '../support/hall';
import { fingerprint } from './transfer-halls';

let t: TestHall;
let admin: Session;
beforeEach(() => {
  t = openSeededHall();
  admin = login(t.hall, 'admin');
});
afterEach(() => t.cleanup());

const exported = () => structuredClone(run(t.hall, 'config.export', {}, admin));
const device = (name: string) =>
  t.hall.db.prepare('SELECT u.id, u.active, p.window_no FROM users u LEFT JOIN rating_pads p ON p.user_id = u.id WHERE u.name = ? ORDER BY u.rowid').all(name);

function paired(name: string, window: number): { id: string; session: Session } {
  const { id } = run(t.hall, 'devices.create', { kind: 'pad', name, window }, admin);
  const { code } = run(t.hall, 'devices.pairingCode', { id }, admin);
  return { id, session: run(t.hall, 'devices.pair', { code }, null) };
}

test('an account that exists by name keeps its id and pairing and takes the file window', () => {
  run(t.hall, 'devices.revoke', { id: 'pad-2' }, admin);
  const pad = paired('二号窗口评价器', 2);
  const file = exported();
  const entry = file.devices.find((d: { name: string }) => d.name === '二号窗口评价器');
  t.hall.db.prepare('INSERT INTO windows (number, name) VALUES (5, ?)').run('5号窗口');
  entry.window = 5;
  const plan = run(t.hall, 'config.import', { file, dryRun: false }, admin);
  const devices = plan.sections.find((s: { section: string }) => s.section === 'devices');
  expect(devices.changed.map((c: { key: string }) => c.key)).toEqual(['二号窗口评价器']);
  expect(plan.warnings.filter((w: { code: string }) => w.code === 'device_unpaired')).toEqual([]);
  expect(device('二号窗口评价器')).toEqual([{ id: pad.id, active: 1, window_no: 5 }]);
  expect(run(t.hall, 'devices.accounts', {}, admin).find((d: { id: string }) => d.id === pad.id)).toMatchObject({ paired: true, window: 5 });
});

test('the file revokes an account (its sessions end) but a revoked one comes back only as a new, unpaired account', () => {
  run(t.hall, 'devices.revoke', { id: 'pad-1' }, admin);
  const pad = paired('西门评价器', 1);
  const file = exported();
  file.devices.find((d: { name: string }) => d.name === '西门评价器').revoked = true;
  run(t.hall, 'config.import', { file, dryRun: false }, admin);
  expect(device('西门评价器')).toEqual([{ id: pad.id, active: 0, window_no: 1 }]);
  expect(t.hall.resolve(pad.session.token)).toBeNull();
  // Back in use by a later file: a new account (a revoked one is revoked for good), to be paired again.
  file.devices.find((d: { name: string }) => d.name === '西门评价器').revoked = false;
  const plan = run(t.hall, 'config.import', { file, dryRun: false }, admin);
  expect(plan.sections.find((s: { section: string }) => s.section === 'devices').changed[0].after).toEqual({
    name: '西门评价器',
    kind: 'pad',
    window: 1,
    revoked: false,
  });
  const [old, renewed] = device('西门评价器') as { id: string }[];
  expect(old).toEqual({ id: pad.id, active: 0, window_no: null });
  expect(renewed).toMatchObject({ active: 1, window_no: 1 });
  expect(renewed!.id).not.toBe(pad.id);
  expect(run(t.hall, 'devices.accounts', {}, admin).find((d: { id: string }) => d.id === renewed!.id)).toMatchObject({ paired: false });
});

test('a name in use is one device: the Devices page refuses a second one', () => {
  expect(refuse(t.hall, 'devices.create', { kind: 'kiosk', name: '取号机' }, admin)).toMatchObject({ code: 'conflict', field: 'name' });
});

test('two windows swap their bus addresses in one import; a retired window frees its address', () => {
  t.hall.db.prepare('UPDATE windows SET led_address = number, keypad_address = 10 + number').run();
  const file = exported();
  [file.windows[0].ledAddress, file.windows[1].ledAddress] = [2, 1];
  file.windows[2].enabled = false;
  file.windows[3].keypadAddress = 13;
  expect(run(t.hall, 'config.import', { file, dryRun: false }, admin).applied).toBe(true);
  const rows = t.hall.db.prepare('SELECT number, led_address, keypad_address, enabled FROM windows ORDER BY number').all();
  expect(rows).toEqual([
    { number: 1, led_address: 2, keypad_address: 11, enabled: 1 },
    { number: 2, led_address: 1, keypad_address: 12, enabled: 1 },
    { number: 3, led_address: 3, keypad_address: 13, enabled: 0 },
    { number: 4, led_address: 4, keypad_address: 13, enabled: 1 },
  ]);
});

test('a staffed window is not retired by an import, and nothing changes', () => {
  staff(t.hall, '1001', 1);
  const file = exported();
  file.windows[0].enabled = false;
  file.services[0].dailyCap = 5;
  const before = fingerprint(t);
  expect(refuse(t.hall, 'config.import', { file, dryRun: true }, admin)).toMatchObject({ code: 'bad_request', field: 'windows[0].enabled' });
  expect(fingerprint(t)).toBe(before);
});
