// Pairing a device with a one-time code: it pairs once only; a wrong, used or expired code is refused
// the same way; a new code replaces the old; wrong codes pause pairing for the whole hall; a revoked
// device's session ends at once; the audit never holds a code or a token.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Session } from '../../electron/contract';
import { PAIRING_CODE_MS } from '../../electron/pairing/pairing-codes';
import { PAIRING_LIMIT } from '../../electron/pairing/pairing-throttle';
import { login, MINUTE, openSeededHall, refuse, run, type TestHall } from '../support/hall';
import { codeFor, create, deviceTables } from './support';

let t: TestHall;
let admin: Session;
beforeEach(() => {
  t = openSeededHall();
  admin = login(t.hall, 'admin');
});
afterEach(() => t.cleanup());

const pair = (code: string): Session => run(t.hall, 'devices.pair', { code }, null);
const wrong = (code: string) => refuse(t.hall, 'devices.pair', { code }, null);

test('a code pairs once only, and gives a kiosk session that issues tickets', () => {
  const kiosk = create(t.hall, admin, { kind: 'kiosk', name: '东门取号机' });
  expect(kiosk).toMatchObject({ kind: 'kiosk', name: '东门取号机', window: null, paired: false, revoked: false, lastSeen: null });
  const { code, path, expiresAt } = codeFor(t.hall, admin, kiosk.id);
  expect(code).toMatch(/^\d{8}$/);
  expect(path).toBe(`/kiosk?pair=${code}`);
  expect(Date.parse(expiresAt)).toBe(t.clock.now() + PAIRING_CODE_MS);
  const session = pair(`${code.slice(0, 4)} ${code.slice(4)}`); // typed as shown, with its space
  expect(session).toMatchObject({ role: 'kiosk', user: kiosk.id, name: '东门取号机' });
  expect(t.hall.resolve(session.token)).toMatchObject({ role: 'kiosk', user: kiosk.id });
  expect(run(t.hall, 'tickets.issue', { serviceId: 'A' }, t.hall.resolve(session.token)).number).toBe('A001');
  const used = wrong(code);
  expect(used).toMatchObject({ code: 'unauthenticated', field: 'code' });
  expect(run(t.hall, 'devices.accounts', {}, admin).find((d: { id: string }) => d.id === kiosk.id)).toMatchObject({ paired: true, codeExpiresAt: null });
});

test('a wrong, a used and an expired code get the same answer, and change nothing', () => {
  const kiosk = create(t.hall, admin, { kind: 'kiosk', name: 'K' });
  const used = codeFor(t.hall, admin, kiosk.id).code;
  pair(used);
  const late = codeFor(t.hall, admin, create(t.hall, admin, { kind: 'kiosk', name: 'L' }).id).code;
  t.clock.advance(PAIRING_CODE_MS);
  const before = deviceTables(t.hall);
  const never = late === '00000000' ? '00000001' : '00000000';
  const answers = [wrong(never), wrong(used), wrong(late)];
  expect(answers[0]).toEqual({ code: 'unauthenticated', message: expect.stringContaining('not valid'), field: 'code' });
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
  expect(deviceTables(t.hall)).toBe(before);
});

test('a new code replaces the earlier one', () => {
  const kiosk = create(t.hall, admin, { kind: 'kiosk', name: 'K' });
  const first = codeFor(t.hall, admin, kiosk.id).code;
  const second = codeFor(t.hall, admin, kiosk.id).code;
  if (first !== second) expect(wrong(first).code).toBe('unauthenticated');
  expect(pair(second).user).toBe(kiosk.id);
});

test('pairing again ends the device account’s earlier session', () => {
  const kiosk = create(t.hall, admin, { kind: 'kiosk', name: 'K' });
  const old = pair(codeFor(t.hall, admin, kiosk.id).code);
  const fresh = pair(codeFor(t.hall, admin, kiosk.id).code);
  expect(t.hall.resolve(old.token)).toBeNull();
  expect(t.hall.resolve(fresh.token)?.user).toBe(kiosk.id);
});

test('wrong codes pause pairing for the whole hall, doubling, and a quiet minute forgives', () => {
  const kiosk = create(t.hall, admin, { kind: 'kiosk', name: 'K' });
  const code = codeFor(t.hall, admin, kiosk.id).code;
  const bad = code === '11111111' ? '22222222' : '11111111';
  for (let i = 0; i < PAIRING_LIMIT.freePerMinute; i++) expect(wrong(bad).code).toBe('unauthenticated');
  expect(wrong(bad).code).toBe('unauthenticated'); // over the limit: this one starts a pause
  expect(wrong(code)).toMatchObject({ code: 'too_many_attempts' }); // even the right code waits
  t.clock.advance(PAIRING_LIMIT.firstPauseMs);
  expect(wrong(bad).code).toBe('unauthenticated'); // the next pause is twice as long
  t.clock.advance(PAIRING_LIMIT.firstPauseMs);
  expect(wrong(code).code).toBe('too_many_attempts');
  t.clock.advance(PAIRING_LIMIT.firstPauseMs);
  expect(pair(code).user).toBe(kiosk.id);
  t.clock.advance(MINUTE);
  for (let i = 0; i < PAIRING_LIMIT.freePerMinute; i++) expect(wrong(bad).code).toBe('unauthenticated');
});

test('revoke ends the device’s session at once; no code or PIN opens it again; its history stays', () => {
  const kiosk = create(t.hall, admin, { kind: 'kiosk', name: 'K' });
  const session = pair(codeFor(t.hall, admin, kiosk.id).code);
  const ticket = run(t.hall, 'tickets.issue', { serviceId: 'B' }, t.hall.resolve(session.token));
  const pending = codeFor(t.hall, admin, kiosk.id).code;
  const revoked = run(t.hall, 'devices.revoke', { id: kiosk.id }, admin);
  expect(revoked).toMatchObject({ revoked: true, paired: false, codeExpiresAt: null });
  expect(t.hall.resolve(session.token)).toBeNull();
  expect(wrong(pending).code).toBe('unauthenticated');
  expect(refuse(t.hall, 'devices.pairingCode', { id: kiosk.id }, admin)).toMatchObject({ code: 'conflict', field: 'id' });
  expect(refuse(t.hall, 'auth.login', { user: kiosk.id, pin: 'paired-only' }, null).code).toBe('unauthenticated');
  expect(t.hall.db.prepare('SELECT id FROM tickets WHERE id = ?').get(ticket.id)).toBeTruthy();
  expect(t.hall.db.prepare('SELECT 1 FROM users WHERE id = ?').get(kiosk.id)).toBeTruthy();
});

test('the demo kiosk is revoked the same way: its PIN no longer logs in', () => {
  const demo = login(t.hall, 'kiosk');
  run(t.hall, 'devices.revoke', { id: 'kiosk' }, admin);
  expect(t.hall.resolve(demo.token)).toBeNull();
  expect(refuse(t.hall, 'auth.login', { user: 'kiosk', pin: '8888' }, null).code).toBe('unauthenticated');
});

test('last seen follows use, written at most once a minute per device', () => {
  const kiosk = create(t.hall, admin, { kind: 'kiosk', name: 'K' });
  const { token } = pair(codeFor(t.hall, admin, kiosk.id).code);
  const seen = () => (t.hall.db.prepare('SELECT last_seen_at FROM device_accounts WHERE user_id = ?').get(kiosk.id) as { last_seen_at: number }).last_seen_at;
  const paired = t.clock.now();
  t.clock.advance(5_000);
  t.hall.resolve(token);
  const first = seen();
  expect(first).toBe(paired + 5_000);
  t.clock.advance(30_000);
  t.hall.resolve(token);
  expect(seen()).toBe(first);
  t.clock.advance(30_000);
  t.hall.resolve(token);
  expect(seen()).toBe(first + 60_000);
  // A demo device with no row yet gets one at its first use.
  const pad = login(t.hall, 'pad-3', '6666');
  t.hall.resolve(pad.token);
  expect(run(t.hall, 'devices.accounts', {}, admin).find((d: { id: string }) => d.id === 'pad-3').lastSeen).toBe(new Date(t.clock.now()).toISOString());
});

test('the audit records each change without a code or a token', () => {
  const kiosk = create(t.hall, admin, { kind: 'kiosk', name: 'K' });
  const { code } = codeFor(t.hall, admin, kiosk.id);
  const { token } = pair(code);
  run(t.hall, 'devices.revoke', { id: kiosk.id }, admin);
  const rows = t.hall.db.prepare('SELECT * FROM audit WHERE target = ? ORDER BY id').all(kiosk.id) as { action: string; user_id: string }[];
  expect(rows.map((r) => [r.action, r.user_id])).toEqual([
    ['device.created', 'admin'],
    ['device.pairingCode', 'admin'],
    ['device.paired', kiosk.id],
    ['device.revoked', 'admin'],
  ]);
  const everything = JSON.stringify(t.hall.db.prepare('SELECT * FROM audit').all());
  expect(everything).not.toContain(code);
  expect(everything).not.toContain(token);
  const stored = JSON.stringify(t.hall.db.prepare('SELECT * FROM device_accounts').all()) + JSON.stringify(t.hall.db.prepare('SELECT * FROM sessions').all());
  expect(stored).not.toContain(code);
  expect(stored).not.toContain(token);
});

test('the demo hall offers its device PINs; the pairing mode says so', () => {
  expect(run(t.hall, 'devices.pairingMode', {}, null)).toEqual({ devicePin: true });
});
