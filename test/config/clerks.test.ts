// The clerks' and managers' accounts: created with a PIN, renamed, disabled (never deleted); a new
// PIN or a disable ends that person's sessions and signs a disabled clerk out of their window; the
// last manager stays; every refusal names its field and changes nothing; the audit holds no PIN.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { managerPin } from '../../electron/contract';
import { issue, login, openSeededHall, refuse, run, staff, windowRow, type TestHall } from '../support/hall';

let t: TestHall;
beforeEach(() => {
  t = openSeededHall();
});
afterEach(() => t.cleanup());

const tables = () => JSON.stringify(['users', 'sessions', 'windows', 'duty', 'audit'].map((x) => t.hall.db.prepare(`SELECT * FROM ${x} ORDER BY rowid`).all()));
const zhao = { id: '2001', name: '赵强', role: 'clerk', pin: '4711' };
/** A tiny valid PNG (1×1). */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

test('a new clerk logs in with their PIN and signs in at a window; the audit holds no PIN', () => {
  const admin = login(t.hall, 'admin');
  expect(run(t.hall, 'config.saveClerk', zhao, admin)).toEqual({ id: '2001', name: '赵强', role: 'clerk', active: true, hasPhoto: false });
  const clerk = login(t.hall, '2001', '4711');
  expect(clerk).toMatchObject({ role: 'clerk', name: '赵强' });
  expect(run(t.hall, 'window.signIn', { window: 1 }, clerk).clerk).toEqual({ id: '2001', name: '赵强' });
  const listed = run(t.hall, 'config.clerks', {}, admin);
  expect(listed.map((c: { id: string }) => c.id)).toEqual(['admin', '1001', '1002', '1003', '1004', '2001']); // no kiosk, no pad
  expect(listed.at(-1).lastSignInAt).toBe(new Date(t.clock.now()).toISOString());
  expect(listed[1].lastSignInAt).toBeNull();
  run(t.hall, 'config.resetPin', { id: '2001', pin: '5822' }, admin);
  const audit = JSON.stringify(t.hall.db.prepare('SELECT * FROM audit').all());
  expect(audit).toContain('clerk.created');
  expect(audit).toContain('clerk.pin_reset');
  for (const secret of ['4711', '5822', 'scrypt']) expect(audit).not.toContain(secret);
});

test('a PIN reset ends the sessions: the old token and the old PIN fail, the new PIN works', () => {
  const admin = login(t.hall, 'admin');
  const clerk = login(t.hall, '1001');
  expect(run(t.hall, 'config.resetPin', { id: '1001', pin: '9513' }, admin)).toMatchObject({ id: '1001', active: true });
  expect(t.hall.resolve(clerk.token)).toBeNull(); // the transports resolve every token before they dispatch
  expect(t.hall.resolve(admin.token)).not.toBeNull();
  expect(refuse(t.hall, 'auth.login', { user: '1001', pin: '1234' }).code).toBe('unauthenticated');
  expect(login(t.hall, '1001', '9513')).toMatchObject({ user: '1001' });
  expect(run(t.hall, 'audit.list', {}, admin).entries[0]).toMatchObject({ action: 'clerk.pin_reset', target: '1001', before: null, after: null });
});

test('a disabled clerk is signed out of their window and cannot log in; enabled again, they can', () => {
  const admin = login(t.hall, 'admin');
  const clerk = staff(t.hall, '1001', 1);
  const before = run(t.hall, 'config.clerks', {}, admin).find((c: { id: string }) => c.id === '1001');
  const { lastSignInAt: _, hasPhoto: __, hasPin: ___, ...account } = before;
  run(t.hall, 'config.saveClerk', { ...account, active: false }, admin);
  expect(windowRow(t.hall, 1)).toMatchObject({ clerk_id: null, status: 'closed' });
  expect(run(t.hall, 'hall.get', {}).windows[0].clerk).toBeNull();
  expect(t.hall.resolve(clerk.token)).toBeNull();
  expect(refuse(t.hall, 'auth.login', { user: '1001', pin: '1234' }).code).toBe('unauthenticated');
  expect(t.hall.db.prepare('SELECT signed_out_at FROM duty WHERE user_id = ?').get('1001')).toEqual({ signed_out_at: t.clock.now() });
  const actions = run(t.hall, 'audit.list', {}, admin).entries.map((e: { action: string }) => e.action);
  expect(actions).toEqual(['clerk.updated']);
  run(t.hall, 'config.saveClerk', account, admin);
  expect(login(t.hall, '1001')).toMatchObject({ user: '1001' });
});

test('a clerk serving a ticket is not disabled until it is finished', () => {
  const admin = login(t.hall, 'admin');
  const clerk = staff(t.hall, '1001', 1);
  issue(t.hall, login(t.hall, 'kiosk'), 'A');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  const before = tables();
  expect(refuse(t.hall, 'config.saveClerk', { id: '1001', name: '张敏', active: false }, admin)).toMatchObject({ code: 'conflict', reason: 'ticket_current' });
  expect(tables()).toBe(before);
});

test('the last active manager can be neither disabled nor demoted; with a second one, they can', () => {
  const admin = login(t.hall, 'admin');
  const self = { id: 'admin', name: '管理员', role: 'admin' };
  const before = tables();
  expect(refuse(t.hall, 'config.saveClerk', { ...self, active: false }, admin)).toMatchObject({ code: 'conflict', reason: 'last_manager' });
  expect(refuse(t.hall, 'config.saveClerk', { ...self, role: 'clerk' }, admin)).toMatchObject({ code: 'conflict', reason: 'last_manager' });
  expect(tables()).toBe(before);
  run(t.hall, 'config.saveClerk', { id: 'm2', name: '周丽', role: 'admin', pin: '204863' }, admin);
  run(t.hall, 'config.saveClerk', { ...self, role: 'clerk' }, admin);
  expect(t.hall.resolve(admin.token)).toBeNull(); // demoted: the session ended
  const m2 = login(t.hall, 'm2', '204863');
  expect(refuse(t.hall, 'config.saveClerk', { id: 'm2', name: '周丽', role: 'admin', active: false }, m2)).toMatchObject({ reason: 'last_manager' });
});

test.each([
  [{ ...zhao, id: '20-01' }, 'id'],
  [{ ...zhao, id: '12345678901234567' }, 'id'],
  [{ ...zhao, name: '' }, 'name'],
  [{ ...zhao, role: 'kiosk' }, 'role'],
  [{ ...zhao, pin: '12a4' }, 'pin'],
  [{ ...zhao, pin: '123' }, 'pin'],
  [{ ...zhao, role: 'admin', pin: '4711' }, 'pin'],
  [{ ...zhao, role: 'admin', pin: '123456' }, 'pin'],
  [{ ...zhao, pin: undefined }, 'pin'],
  [{ id: '1001', name: '张敏', pin: '5555' }, 'pin'],
  [{ id: 'kiosk', name: '取号机' }, 'id'],
  [{ ...zhao, photo: PNG }, 'photo'],
])('a bad account (%j) names %s and changes nothing', (input, field) => {
  const admin = login(t.hall, 'admin');
  const before = tables();
  expect(refuse(t.hall, 'config.saveClerk', input, admin)).toMatchObject({ code: 'bad_request', field });
  expect(tables()).toBe(before);
});

test.each([
  [{ id: '1001', pin: '12' }, 'bad_request', 'pin'],
  [{ id: 'admin', pin: '111111' }, 'bad_request', 'pin'],
  [{ id: 'admin', pin: '987654' }, 'bad_request', 'pin'],
  [{ id: 'kiosk', pin: '9999' }, 'not_found', 'id'],
  [{ id: 'nobody', pin: '9999' }, 'not_found', 'id'],
])('a bad PIN reset (%j) is %s naming %s and changes nothing', (input, code, field) => {
  const admin = login(t.hall, 'admin');
  const before = tables();
  expect(refuse(t.hall, 'config.resetPin', input, admin)).toMatchObject({ code, field });
  expect(tables()).toBe(before);
});

test('managerPin refuses repeated digits and runs, accepts the rest', () => {
  for (const pin of ['000000', '123456', '654321', '890123', '12345', '1234567a']) expect(managerPin.safeParse(pin).success, pin).toBe(false);
  for (const pin of ['204863', '135790', '11223344']) expect(managerPin.safeParse(pin).success, pin).toBe(true);
});

test('a photo is set, read back, listed as present and removed; a bad one names the field', () => {
  const admin = login(t.hall, 'admin');
  expect(run(t.hall, 'config.setClerkPhoto', { id: '1001', photo: PNG }, admin)).toMatchObject({ hasPhoto: true });
  expect(run(t.hall, 'config.clerkPhoto', { id: '1001' }, admin)).toEqual({ id: '1001', photo: PNG });
  const [entry] = run(t.hall, 'audit.list', {}, admin).entries;
  expect(entry).toMatchObject({ action: 'clerk.photo_set', before: { photo: null }, after: { photo: { type: 'image/png' } } });
  const before = tables();
  const jpegNamedPng = PNG.replace('image/png', 'image/jpeg');
  const huge = `data:image/png;base64,iVBORw0KGgo${'A'.repeat(60_000)}`;
  for (const photo of [jpegNamedPng, huge, 'data:image/gif;base64,R0lGODlh', 'http://x/y.png']) {
    expect(refuse(t.hall, 'config.setClerkPhoto', { id: '1001', photo }, admin), photo.slice(0, 30)).toMatchObject({ code: 'bad_request', field: 'photo' });
  }
  expect(tables()).toBe(before);
  expect(run(t.hall, 'config.setClerkPhoto', { id: '1001', photo: null }, admin)).toMatchObject({ hasPhoto: false });
});
