// The one door into the core: command names, access by role, input validation, and failures as data.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { commandNames, commands, HallFault, type Role, type Session } from '../../electron/contract';
import { createDispatch } from '../../electron/core/dispatch';
import type { Handlers } from '../../electron/core/handler-types';
import { login, openSeededHall, refuse, run, snapshot, staff, type TestHall } from '../support/hall';

let t: TestHall;
let s: Record<Role, Session>;
function setUp() {
  t = openSeededHall();
  s = { kiosk: login(t.hall, 'kiosk'), clerk: login(t.hall, '1001'), admin: login(t.hall, 'admin'), pad: login(t.hall, 'pad-1', '6666') };
}
const tearDown = () => t.cleanup();
/** Tests that change the hall get their own; the tables of refusals share one (each checks it changed nothing). */
function ownHall() {
  beforeEach(setUp);
  afterEach(tearDown);
}
function sharedHall() {
  beforeAll(setUp);
  afterAll(tearDown);
}

describe('unknown commands', () => {
  ownHall();
  test('an unknown command is not_found, whoever asks, and names the command', () => {
    for (const name of ['tickets.delete', 'window.callnext', '', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      for (const session of [null, s.admin]) {
        const error = refuse(t.hall, name, {}, session);
        expect(error.code, name).toBe('not_found');
        expect(error.message).toBe(`unknown command: ${name}`);
      }
    }
  });
});

describe('access by role, as the contract lists it', () => {
  sharedHall();
  /** The contract's lists, written out again so a change to either one shows up here. */
  const expected: Record<string, 'public' | Role[]> = {
    'auth.login': 'public',
    'auth.logout': ['kiosk', 'clerk', 'admin', 'pad'],
    'auth.lockouts': ['admin'],
    'auth.unlock': ['admin'],
    'hall.get': 'public',
    'services.list': 'public',
    'items.list': 'public',
    'tickets.issue': ['kiosk', 'admin'],
    'window.get': ['clerk', 'admin'],
    'window.myDay': ['clerk', 'admin'],
    'window.signIn': ['clerk', 'admin'],
    'window.signOut': ['clerk', 'admin'],
    'window.callNext': ['clerk', 'admin'],
    'window.recall': ['clerk', 'admin'],
    'window.start': ['clerk', 'admin'],
    'window.noShow': ['clerk', 'admin'],
    'window.finish': ['clerk', 'admin'],
    'window.transfer': ['clerk', 'admin'],
    'window.pause': ['clerk', 'admin'],
    'window.resume': ['clerk', 'admin'],
    'window.finishThen': ['clerk', 'admin'],
    // The queue moves (issue 14): staff at a window.
    'window.hold': ['clerk', 'admin'],
    'window.resumeHeld': ['clerk', 'admin'],
    'window.undoNoShow': ['clerk', 'admin'],
    'window.requeue': ['clerk', 'admin'],
    'window.callTicket': ['clerk', 'admin'],
    'tickets.noShows': ['clerk', 'admin'],
    'window.transferTargets': ['clerk', 'admin'],
    'devices.list': ['clerk', 'admin'],
    'tickets.reprint': ['clerk', 'admin'],
    'tickets.printout': ['kiosk', 'clerk', 'admin'],
    // 好差评: only a pad rates (its own window; the manager is refused in the handler), the manager follows up.
    'ratings.submit': ['pad'],
    'ratings.prompt': ['pad', 'clerk', 'admin'],
    'ratings.activity': ['pad'],
    'window.inviteRating': ['clerk', 'admin'],
    'ratings.list': [],
    'ratings.markUnderReview': [],
    'ratings.settings': [],
    'ratings.configure': [],
    'followups.list': [],
    'followups.get': [],
    'followups.record': [],
    'sync.status': ['admin'],
    'sync.configure': ['admin'],
    'sync.sendNow': ['admin'],
    'backup.status': ['admin'],
    'backup.configure': ['admin'],
    'backup.runNow': ['admin'],
    'backup.alerts': ['clerk', 'admin'],
    'log.tail': ['admin'],
    'log.file': ['admin'],
    'config.services': ['admin'],
    'config.saveService': ['admin'],
    'config.items': ['admin'],
    'config.saveItem': ['admin'],
    'setup.complete': 'public',
    'setup.preview': 'public',
    'config.hall': ['admin'],
    'config.saveHall': ['admin'],
    'audit.list': ['admin'],
    'config.windows': ['admin'],
    'config.saveWindow': ['admin'],
    'config.clerks': ['admin'],
    'config.saveClerk': ['admin'],
    'config.resetPin': ['admin'],
    'config.clerkPhoto': ['admin'],
    'config.setClerkPhoto': ['admin'],
    'config.export': ['admin'],
    'config.import': ['admin'],
    'config.importItems': ['admin'],
    'devices.accounts': ['admin'],
    'devices.create': ['admin'],
    'devices.pairingCode': ['admin'],
    'devices.bind': ['admin'],
    'devices.revoke': ['admin'],
    'devices.pair': 'public',
    'devices.pairingMode': 'public',
    'sync.resend': ['admin'],
    'voice.settings': 'public',
    'voice.saveSettings': ['admin'],
    'voice.clips': ['admin'],
    'announcements.report': 'public',
    'announcements.list': ['clerk', 'admin'],
    'hours.now': 'public',
    'hours.settings': ['admin'],
    'hours.save': ['admin'],
    'hours.importDates': ['admin'],
    'tickets.issuePriority': ['clerk', 'admin'],
    'staffing.alerts': ['clerk', 'admin'],
    // 预约: the kiosk checks in; clerks list and enter bookings; imports, the booking system's upsert and settings are the manager's.
    'appointments.checkIn': ['kiosk', 'admin'],
    'appointments.list': ['clerk', 'admin'],
    'appointments.save': ['clerk', 'admin'],
    'appointments.import': ['admin'],
    'appointments.upsert': ['admin'],
    'appointments.settings': ['admin'],
    'appointments.configure': ['admin'],
    // 承诺件: staff keep the pickup records; only the kiosk (and the manager) issues a 取件 ticket.
    'pickups.list': ['clerk', 'admin'],
    'pickups.get': ['clerk', 'admin'],
    'pickups.advance': ['clerk', 'admin'],
    'pickups.acceptedAt': ['clerk', 'admin'],
    'pickups.atWindow': ['clerk', 'admin'],
    'pickups.handOver': ['clerk', 'admin'],
    'pickups.take': ['kiosk', 'admin'],
    // Reports: the manager's only.
    'reports.summary': [],
    'reports.summaries': [],
    'reports.csv': [],
    // The live hall view (issue 15): the manager's only.
    'live.get': [],
    'live.signOut': [],
    'reports.xlsx': [],
    'reports.duty': [],
    'reports.appraisal': [],
  };

  test('the contract lists exactly these commands with these access lists', () => {
    expect(Object.fromEntries(commandNames.map((n) => [n, commands[n].access]))).toEqual(expected);
  });

  const cases = Object.entries(expected).flatMap(([name, access]) =>
    (['anonymous', 'kiosk', 'clerk', 'pad', 'admin'] as const).map((who) => {
      const allowed = access === 'public' || (who !== 'anonymous' && (who === 'admin' || access.includes(who)));
      const refusal = allowed ? null : who === 'anonymous' ? 'unauthenticated' : 'forbidden';
      return { name, who, refusal };
    }),
  );

  test.each(cases)('$name by $who → $refusal', ({ name, who, refusal }) => {
    const session = who === 'anonymous' ? null : s[who];
    // Deliberately malformed input: access is decided before the input is looked at.
    const result = t.hall.dispatch(name, { bogus: true }, session);
    if (refusal) {
      expect(result).toMatchObject({ ok: false, error: { code: refusal } });
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
  });
});

describe('access, with effects', () => {
  ownHall();
  test('the rules that matter most, spelled out', () => {
    staff(t.hall, '1002', 2);
    expect(refuse(t.hall, 'window.callNext', { window: 2 }, s.kiosk)).toEqual({ code: 'forbidden', message: 'a kiosk may not window.callNext' });
    expect(refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, s.clerk).code).toBe('forbidden');
    expect(refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, null).code).toBe('unauthenticated');
    expect(run(t.hall, 'tickets.issue', { serviceId: 'A' }, s.kiosk).number).toBe('A001');
    expect(run(t.hall, 'tickets.issue', { serviceId: 'A' }, s.admin).number).toBe('A002');
    expect(run(t.hall, 'hall.get', {}, null).waiting.A).toBe(2);
    expect(refuse(t.hall, 'window.get', { window: 2 }, s.kiosk).code).toBe('forbidden');
    // 绿色通道 at the window: staff only; the kiosk has its own priority choice in tickets.issue.
    for (const who of [s.kiosk, s.pad]) expect(refuse(t.hall, 'tickets.issuePriority', { serviceId: 'A' }, who).code).toBe('forbidden');
    expect(refuse(t.hall, 'tickets.issuePriority', { serviceId: 'A' }, null).code).toBe('unauthenticated');
    expect(run(t.hall, 'tickets.issuePriority', { serviceId: 'A' }, s.clerk)).toMatchObject({ number: 'A003', priority: 'priority' });
    expect(refuse(t.hall, 'staffing.alerts', {}, s.kiosk).code).toBe('forbidden');
  });
});

describe('malformed input', () => {
  sharedHall();
  const cases: [name: string, input: unknown, field: string | undefined][] = [
    ['window.callNext', {}, 'window'],
    ['window.callNext', { window: '1' }, 'window'],
    ['window.callNext', { window: 0 }, 'window'],
    ['window.callNext', { window: 1.5 }, 'window'],
    ['window.callNext', { window: 1000 }, 'window'],
    ['window.callNext', { window: 1, extra: 2 }, 'extra'],
    ['window.callNext', null, 'window'],
    ['window.callNext', 'window 1', undefined],
    ['window.callNext', [1], undefined],
    ['window.finish', { window: 1, outcome: 'great' }, 'outcome'],
    ['window.finish', { window: 1, itemCode: '' }, 'itemCode'],
    ['window.pause', { window: 1, reason: 'nap' }, 'reason'],
    ['window.transfer', { window: 1 }, 'serviceId'],
    ['window.transfer', { window: 1, serviceId: 'B', toWindow: 2 }, 'serviceId'],
    ['window.transfer', { window: 1, toWindow: 0 }, 'toWindow'],
    ['window.requeue', { window: 1, number: 'A1' }, 'number'],
    ['window.callTicket', { window: 1, ticketId: 1, reason: 'bored' }, 'reason'],
    ['window.callTicket', { window: 1, ticketId: 1, reason: 'other', note: ' ' }, 'note'],
    ['window.resumeHeld', { window: 1, ticketId: 0 }, 'ticketId'],
    ['tickets.issue', { serviceId: 'A', priority: 'vip' }, 'priority'],
    ['tickets.issue', { serviceId: '' }, 'serviceId'],
    ['tickets.issuePriority', {}, 'serviceId'],
    ['tickets.issuePriority', { serviceId: 'A', priority: 'normal' }, 'priority'],
    ['staffing.alerts', { all: true }, 'all'],
    ['auth.login', { user: '1001' }, 'pin'],
    ['auth.login', { user: 'x'.repeat(33), pin: '1' }, 'user'],
    ['items.list', { serviceId: 7 }, 'serviceId'],
  ];

  test.each(cases)('%s %j → bad_request on %s, nothing written', (name, input, field) => {
    const session = name === 'tickets.issue' ? s.kiosk : s.clerk;
    staff(t.hall, '1001', 1);
    const before = snapshot(t.hall);
    const error = refuse(t.hall, name, input, session);
    expect(error.code).toBe('bad_request');
    expect(error.field).toBe(field);
    if (field) expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(snapshot(t.hall)).toBe(before);
  });

  test('a missing input counts as an empty object', () => {
    expect(run(t.hall, 'hall.get', undefined).businessDay).toBe('2026-11-23');
    expect(run(t.hall, 'services.list', null)).toHaveLength(7);
  });
});

describe('failures inside a handler', () => {
  ownHall();
  function dispatchWith(handler: () => unknown) {
    const logged: [string, unknown][] = [];
    const handlers = { 'hall.get': handler } as unknown as Handlers;
    return { dispatch: createDispatch(handlers, (m, e) => logged.push([m, e])), logged };
  }

  test('an unexpected exception becomes internal data, logged, its message not leaked', () => {
    const boom = new TypeError("Cannot read properties of undefined (reading 'secret')");
    const { dispatch, logged } = dispatchWith(() => {
      throw boom;
    });
    let result: unknown;
    expect(() => (result = dispatch('hall.get', {}, null))).not.toThrow();
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'internal error; the hall log has the details' } });
    expect(logged).toEqual([['command hall.get failed', boom]]);
  });

  test('a HallFault crosses as its own code, message and field, and is not logged', () => {
    const { dispatch, logged } = dispatchWith(() => {
      throw new HallFault('conflict', 'window 1 is paused', 'window');
    });
    expect(dispatch('hall.get', {}, null)).toEqual({ ok: false, error: { code: 'conflict', message: 'window 1 is paused', field: 'window' } });
    expect(logged).toEqual([]);
  });

  test('a handler gets the parsed input with defaults filled in', () => {
    let seen: unknown;
    const handlers = { 'window.finish': (input: unknown) => (seen = input) } as unknown as Handlers;
    const dispatch = createDispatch(handlers, () => {});
    expect(dispatch('window.finish', { window: 3 }, s.clerk)).toEqual({ ok: true, value: { window: 3, outcome: 'handled' } });
    expect(seen).toEqual({ window: 3, outcome: 'handled' });
  });

  test('a database error inside the real hall is internal data too, and the hall keeps working', () => {
    t.hall.db.exec("CREATE TEMP TRIGGER jam BEFORE INSERT ON main.tickets BEGIN SELECT RAISE(ABORT, 'jammed'); END");
    expect(refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, s.kiosk)).toEqual({ code: 'internal', message: 'internal error; the hall log has the details' });
    t.hall.db.exec('DROP TRIGGER temp.jam');
    expect(run(t.hall, 'tickets.issue', { serviceId: 'A' }, s.kiosk).number).toBe('A001');
  });
});
