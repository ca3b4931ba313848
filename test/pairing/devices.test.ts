// The manager's device accounts: a pad created for a window rates there and nowhere else, exactly as
// the demo's pads; one active pad per window; binding moves it; every refusal names its field and
// changes nothing; the list shows kiosks and pads with their state.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Session } from '../../electron/contract';
import { login, openSeededHall, refuse, run, staff, type TestHall } from '../support/hall';
import { serveOne } from '../support/rating';
import { account, codeFor, create, deviceTables } from './support';

let t: TestHall;
let admin: Session;
beforeEach(() => {
  t = openSeededHall();
  admin = login(t.hall, 'admin');
});
afterEach(() => t.cleanup());

const pairPad = (id: string): Session => {
  const session = run(t.hall, 'devices.pair', { code: codeFor(t.hall, admin, id).code }, null) as Session;
  return t.hall.resolve(session.token)!;
};

test('a paired pad rates at its window and not at another', () => {
  run(t.hall, 'devices.revoke', { id: 'pad-2' }, admin); // the demo's pad of window 2 is gone: a new one takes its place
  const pad = create(t.hall, admin, { kind: 'pad', name: '2号窗口评价器', window: 2 });
  expect(pad).toMatchObject({ kind: 'pad', window: 2, revoked: false });
  expect(account(t.hall, admin, 'pad-2')).toMatchObject({ revoked: true, window: null });
  const session = pairPad(pad.id);
  expect(session.role).toBe('pad');
  const kiosk = login(t.hall, 'kiosk');
  const clerk2 = staff(t.hall, '1002', 2);
  const clerk1 = staff(t.hall, '1001', 1);
  serveOne(t.hall, kiosk, clerk1, 1);
  expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5 }, session)).toMatchObject({ code: 'forbidden', reason: 'pad_other_window' });
  const served = serveOne(t.hall, kiosk, clerk2, 2);
  expect(run(t.hall, 'ratings.submit', { window: 2, level: 5 }, session)).toMatchObject({ ticketId: served.id });
  expect(run(t.hall, 'ratings.prompt', {}, session)).toMatchObject({ windowNo: 2 });
});

test('bind moves a pad to a free window; its ratings follow', () => {
  run(t.hall, 'devices.revoke', { id: 'pad-4' }, admin);
  const moved = run(t.hall, 'devices.bind', { id: 'pad-1', window: 4 }, admin);
  expect(moved).toMatchObject({ id: 'pad-1', window: 4 });
  const pad = login(t.hall, 'pad-1', '6666');
  expect(run(t.hall, 'ratings.prompt', {}, pad)).toMatchObject({ windowNo: 4 });
  expect(refuse(t.hall, 'ratings.submit', { window: 1, level: 5 }, pad).reason).toBe('pad_other_window');
  const audit = t.hall.db.prepare("SELECT before, after FROM audit WHERE action = 'device.updated' AND target = 'pad-1'").get() as {
    before: string;
    after: string;
  };
  expect(JSON.parse(audit.before)).toMatchObject({ window: 1 });
  expect(JSON.parse(audit.after)).toMatchObject({ window: 4 });
  // The demo's seeding at the next start leaves the moved and the revoked pad as they are.
  t.reopen();
  expect(t.hall.db.prepare('SELECT user_id, window_no FROM rating_pads ORDER BY window_no').all()).toEqual([
    { user_id: 'pad-2', window_no: 2 },
    { user_id: 'pad-3', window_no: 3 },
    { user_id: 'pad-1', window_no: 4 },
  ]);
});

test('validation names the field and changes nothing', () => {
  const before = deviceTables(t.hall);
  const cases: [string, object, string, string][] = [
    ['devices.create', { kind: 'pad', name: 'P' }, 'bad_request', 'window'],
    ['devices.create', { kind: 'kiosk', name: 'K', window: 1 }, 'bad_request', 'window'],
    ['devices.create', { kind: 'printer', name: 'K' }, 'bad_request', 'kind'],
    ['devices.create', { kind: 'kiosk', name: '  ' }, 'bad_request', 'name'],
    ['devices.create', { kind: 'kiosk', name: 'x'.repeat(41) }, 'bad_request', 'name'],
    ['devices.create', { kind: 'pad', name: 'P', window: 9 }, 'not_found', 'window'],
    ['devices.create', { kind: 'pad', name: 'P', window: 1 }, 'conflict', 'window'], // pad-1 stands there
    ['devices.create', { kind: 'pad', name: 'P', window: 0 }, 'bad_request', 'window'],
    ['devices.bind', { id: 'pad-1', window: 2 }, 'conflict', 'window'],
    ['devices.bind', { id: 'pad-1', window: 9 }, 'not_found', 'window'],
    ['devices.bind', { id: 'kiosk', window: 2 }, 'bad_request', 'id'],
    ['devices.bind', { id: 'nobody', window: 2 }, 'not_found', 'id'],
    ['devices.bind', { id: 'pad 1', window: 2 }, 'bad_request', 'id'],
    ['devices.revoke', { id: 'nobody' }, 'not_found', 'id'],
    ['devices.revoke', { id: '1001' }, 'not_found', 'id'], // a clerk is not a device
    ['devices.pairingCode', { id: 'admin' }, 'not_found', 'id'],
    ['devices.pair', { code: '1234' }, 'bad_request', 'code'],
    ['devices.pair', { code: 'abcdefgh' }, 'bad_request', 'code'],
  ];
  for (const [name, input, code, field] of cases) {
    expect(refuse(t.hall, name, input, name === 'devices.pair' ? null : admin), `${name} ${JSON.stringify(input)}`).toMatchObject({ code, field });
  }
  expect(deviceTables(t.hall)).toBe(before);
  const clerk = login(t.hall, '1001');
  expect(refuse(t.hall, 'devices.create', { kind: 'kiosk', name: 'K' }, clerk).code).toBe('forbidden');
});

test('the list shows the demo devices and the new ones, with their state', () => {
  const kiosk = create(t.hall, admin, { kind: 'kiosk', name: '西门取号机' });
  login(t.hall, 'pad-1', '6666');
  const list = run(t.hall, 'devices.accounts', {}, admin) as { id: string; kind: string; window: number | null; paired: boolean; createdAt: string | null }[];
  expect(list.map((d) => d.id)).toEqual(
    ['kiosk', kiosk.id, 'pad-1', 'pad-2', 'pad-3', 'pad-4'].sort((a, b) =>
      a.startsWith('k') === b.startsWith('k') ? (a < b ? -1 : 1) : a.startsWith('k') ? -1 : 1,
    ),
  );
  expect(list.find((d) => d.id === 'pad-1')).toMatchObject({ kind: 'pad', window: 1, paired: true, createdAt: null });
  expect(list.find((d) => d.id === kiosk.id)).toMatchObject({ kind: 'kiosk', window: null, paired: false, createdAt: new Date(t.clock.now()).toISOString() });
  expect(list.find((d) => d.id === 'pad-2')).toMatchObject({ paired: false });
});
