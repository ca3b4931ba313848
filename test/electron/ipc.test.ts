// The IPC handler of the hall PC, against a real demo hall in a temp folder.
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ipcCommandChannel, ipcEventChannel, type Result, type Session } from '../../electron/contract';
import { LOCAL_SOURCE } from '../../electron/core/auth';
import { kioskPrincipal, wireHallIpc, type HallIpc } from '../../electron/main/ipc';
import { trustedUrl } from '../../electron/main/trust';
import { openTestHall, type TestHall } from '../support/hall';
import { FakeWebContents, fakeIpcMain } from './fakes';

vi.mock('electron', () => ({}));

const rendererDir = '/opt/tongban/out/renderer';
const page = (role: string) => pathToFileURL(`${rendererDir}/${role}.html`).href;

let t: TestHall;
let ipcMain: ReturnType<typeof fakeIpcMain>;
let ipc: HallIpc;
let kiosk: FakeWebContents;
let consoleA: FakeWebContents;
let consoleB: FakeWebContents;

function open(role: string, kioskRole = false) {
  const contents = new FakeWebContents();
  contents.url = page(role);
  ipc.addWindow(contents, { kiosk: kioskRole });
  return contents;
}

/** Goes through the handler registered on ipcMain, as ipcRenderer.invoke would. */
async function invoke(contents: FakeWebContents, envelope: unknown): Promise<Result<any>> {
  const handler = ipcMain.handlers.get(ipcCommandChannel)!;
  return (await handler(contents.ipcEvent(), envelope)) as Result<any>;
}

const errorCode = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code);
const tick = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  t = openTestHall();
  ipcMain = fakeIpcMain();
  ipc = wireHallIpc({ hall: t.hall, ipcMain, isTrustedUrl: trustedUrl({ rendererDir, hallOrigin: null }), log: () => {} });
  kiosk = open('kiosk', true);
  consoleA = open('console');
  consoleB = open('console');
});
afterEach(() => {
  ipc.dispose();
  t.cleanup();
});

test('one handler on the command channel; a valid command reaches the hall', async () => {
  expect([...ipcMain.handlers.keys()]).toEqual([ipcCommandChannel]);
  const result = await invoke(consoleA, { name: 'hall.get', input: {} });
  expect(result.ok).toBe(true);
  expect(result.ok && result.value).toMatchObject({ hallName: expect.any(String), windows: expect.any(Array) });
  expect((await invoke(consoleA, { name: 'services.list' })).ok).toBe(true); // input may be left out
});

describe('a bad envelope is answered with bad_request data, never a throw', () => {
  test.each([
    ['null', null],
    ['a string', 'hall.get'],
    ['an array', ['hall.get', {}]],
    ['an unknown command', { name: 'tickets.deleteAll', input: {} }],
    ['a non-string name', { name: 42, input: {} }],
    ['no name', { input: {} }],
    ['an extra key', { name: 'hall.get', input: {}, session: { role: 'admin' } }],
    ['a prototype-chain name', { name: 'toString', input: {} }],
  ])('%s', async (_label, envelope) => {
    const result = await invoke(consoleA, envelope);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/malformed command/) } });
  });

  test('bad input inside a good envelope is the core’s bad_request, naming the field', async () => {
    const result = await invoke(kiosk, { name: 'tickets.issue', input: { serviceId: 7 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'serviceId' } });
  });

  test('a failure inside the hall comes back as internal, not as a rejected invoke', async () => {
    const ipcMain2 = fakeIpcMain();
    const broken = wireHallIpc({
      hall: {
        send: () => {
          throw new Error('disk on fire');
        },
        login: () => {
          throw new Error('disk on fire');
        },
        paced: () => {
          throw new Error('disk on fire');
        },
        resolve: () => null,
        subscribe: () => () => {},
      },
      ipcMain: ipcMain2,
      isTrustedUrl: () => true,
      log: () => {},
    });
    const contents = new FakeWebContents();
    broken.addWindow(contents, { kiosk: false });
    for (const name of ['hall.get', 'reports.summary']) {
      const result = await ipcMain2.handlers.get(ipcCommandChannel)!(contents.ipcEvent('file:///x'), { name, input: {} });
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(JSON.stringify(result)).not.toContain('disk on fire');
    }
  });
});

test('a report (a long read) goes through the paced door, as the window’s session; others are answered meanwhile', async () => {
  const paced = vi.spyOn(t.hall, 'paced');
  const query = { from: '2026-11-23', to: '2026-11-23' };
  expect(errorCode(await invoke(consoleA, { name: 'reports.summary', input: query }))).toBe('unauthenticated');
  expect((await invoke(consoleA, { name: 'auth.login', input: { user: 'admin', pin: '000000' } })).ok).toBe(true);
  // Asked before hall.get, answered after it: the report waits a turn between its steps.
  const report = invoke(consoleA, { name: 'reports.summary', input: query });
  let reportDone = false;
  void report.then(() => (reportDone = true));
  expect((await invoke(consoleA, { name: 'hall.get', input: {} })).ok).toBe(true);
  expect(reportDone).toBe(false);
  expect(await report).toMatchObject({ ok: true, value: { from: '2026-11-23', by: 'hall', total: { arrived: expect.any(Number) } } });
  expect(paced).toHaveBeenCalledWith('reports.summary', query, expect.objectContaining({ kind: 'session' }));
});

describe('only the app’s own windows may send commands', () => {
  test('an unregistered webContents is refused', async () => {
    const stranger = new FakeWebContents();
    stranger.url = page('console');
    expect(errorCode(await invoke(stranger, { name: 'hall.get', input: {} }))).toBe('forbidden');
  });

  test('a registered window showing a foreign page, a subframe, or a gone frame is refused', async () => {
    const handler = ipcMain.handlers.get(ipcCommandChannel)!;
    const envelope = { name: 'hall.get', input: {} };
    for (const event of [
      consoleA.ipcEvent('https://evil.example/console'),
      consoleA.ipcEvent('file:///etc/passwd'),
      consoleA.ipcEvent(page('console'), { subframe: true }),
      consoleA.ipcEvent(page('console'), { noFrame: true }),
    ]) {
      expect(errorCode((await handler(event, envelope)) as Result<unknown>)).toBe('forbidden');
    }
  });
});

describe('sessions per window', () => {
  test('a kiosk window is pre-authenticated as the kiosk device; other windows start anonymous', async () => {
    expect(ipc.principalOf(kiosk)).toEqual({ kind: 'kiosk' });
    expect(ipc.principalOf(kiosk)).toBe(kioskPrincipal);
    expect(ipc.principalOf(consoleA)).toBeNull();

    const issued = await invoke(kiosk, { name: 'tickets.issue', input: { serviceId: 'A' } });
    expect(issued).toMatchObject({ ok: true, value: { number: 'A001' } });
    expect(errorCode(await invoke(consoleA, { name: 'tickets.issue', input: { serviceId: 'A' } }))).toBe('unauthenticated');
    // The kiosk device may not act as a clerk.
    expect(errorCode(await invoke(kiosk, { name: 'window.callNext', input: { window: 1 } }))).toBe('forbidden');
  });

  test('a login attaches a session to that webContents only; logout and closing the window drop it', async () => {
    const login = await invoke(consoleA, { name: 'auth.login', input: { user: '1003', pin: '1234' } });
    expect(login).toMatchObject({ ok: true, value: { role: 'clerk', user: '1003' } });
    expect(ipc.principalOf(consoleA)).toMatchObject({ kind: 'session', session: { user: '1003', role: 'clerk' } });
    expect(ipc.principalOf(consoleB)).toBeNull();

    expect((await invoke(consoleA, { name: 'window.signIn', input: { window: 3 } })).ok).toBe(true);
    expect(errorCode(await invoke(consoleB, { name: 'window.signIn', input: { window: 4 } }))).toBe('unauthenticated');

    expect((await invoke(consoleA, { name: 'auth.logout', input: {} })).ok).toBe(true);
    expect(ipc.principalOf(consoleA)).toBeNull();
    expect(errorCode(await invoke(consoleA, { name: 'window.get', input: { window: 3 } }))).toBe('unauthenticated');

    await invoke(consoleB, { name: 'auth.login', input: { user: '1004', pin: '1234' } });
    consoleB.destroy();
    expect(ipc.principalOf(consoleB)).toBeNull();
  });

  test('a wrong PIN leaves the window anonymous', async () => {
    const result = await invoke(consoleA, { name: 'auth.login', input: { user: '1003', pin: '9999' } });
    expect(errorCode(result)).toBe('unauthenticated');
    expect(ipc.principalOf(consoleA)).toBeNull();
  });

  test('the hall PC’s windows are one login source (hall-pc), apart from the LAN’s', async () => {
    for (let i = 0; i < 5; i++) expect(errorCode(await invoke(consoleA, { name: 'auth.login', input: { user: '1003', pin: '9999' } }))).toBe('unauthenticated');
    const locked = await invoke(consoleB, { name: 'auth.login', input: { user: '1003', pin: '1234' } });
    expect(locked).toMatchObject({ ok: false, error: { code: 'too_many_attempts', retryAfter: 60 } });
    expect(t.hall.auth.throttle.lockouts(false)).toEqual([expect.objectContaining({ source: LOCAL_SOURCE, user: '1003' })]);
    expect((await t.hall.login({ user: '1003', pin: '1234' }, '10.0.0.5')).ok).toBe(true); // another PC
  });

  test('logging out on the kiosk window returns it to the kiosk device session', async () => {
    await invoke(kiosk, { name: 'auth.login', input: { user: 'admin', pin: '000000' } });
    expect(ipc.principalOf(kiosk)).toMatchObject({ kind: 'session', session: { role: 'admin' } });
    await invoke(kiosk, { name: 'auth.logout', input: {} });
    expect(ipc.principalOf(kiosk)).toBe(kioskPrincipal);
  });

  test('a stored login that expired in the core is dropped', async () => {
    await invoke(consoleA, { name: 'auth.login', input: { user: '1003', pin: '1234' } });
    t.clock.advance(15 * 3600_000); // clerk sessions last 14 h
    expect(errorCode(await invoke(consoleA, { name: 'window.get', input: { window: 3 } }))).toBe('unauthenticated');
    expect(ipc.principalOf(consoleA)).toBeNull();
  });

  test('a login revoked elsewhere (same token logged out) is dropped', async () => {
    const login = await invoke(consoleA, { name: 'auth.login', input: { user: '1003', pin: '1234' } });
    const session = (login as { value: Session }).value;
    t.hall.dispatch('auth.logout', {}, session);
    expect(ipc.principalOf(consoleA)).toBeNull();
  });
});

describe('hall events reach every live window on the event channels (the restricted ones only the roles they are for)', () => {
  test('hall.changed and ticket.called', async () => {
    await invoke(kiosk, { name: 'tickets.issue', input: { serviceId: 'A' } });
    await tick();
    for (const contents of [kiosk, consoleA, consoleB]) {
      const changed = contents.sent.filter((m) => m.channel === ipcEventChannel('hall.changed'));
      expect(changed.length).toBeGreaterThanOrEqual(1);
      expect(changed.at(-1)!.data).toMatchObject({ waiting: { A: 1 } });
    }

    await invoke(consoleA, { name: 'auth.login', input: { user: '1003', pin: '1234' } });
    await invoke(consoleA, { name: 'window.signIn', input: { window: 3 } });
    consoleB.destroy();
    const before = consoleB.sent.length;
    await invoke(consoleA, { name: 'window.callNext', input: { window: 3 } });
    await tick();
    for (const contents of [kiosk, consoleA]) {
      expect(contents.sent).toContainEqual({ channel: 'tongban:event:ticket.called', data: expect.objectContaining({ number: 'A001', windowNo: 3 }) });
    }
    expect(consoleB.sent.length).toBe(before); // a destroyed window gets nothing
  });

  test("live.changed (the manager's) reaches only a window where a manager is logged in, until they log out", async () => {
    const manager = open('admin');
    const anonymous = open('admin');
    await invoke(manager, { name: 'auth.login', input: { user: 'admin', pin: '000000' } });
    await invoke(consoleA, { name: 'auth.login', input: { user: '1003', pin: '1234' } });
    const live = ipcEventChannel('live.changed');
    const sentLive = (c: FakeWebContents) => c.sent.filter((m) => m.channel === live).length;
    await invoke(consoleA, { name: 'window.signIn', input: { window: 3 } });
    for (let i = 0; i < 4 && sentLive(manager) === 0; i++) await tick();
    // The hall pushed it (the manager's window has it); the same push went to no other window.
    expect(sentLive(manager)).toBeGreaterThan(0);
    for (const c of [kiosk, consoleA, consoleB, anonymous]) {
      expect(c.sent.some((m) => m.channel === ipcEventChannel('hall.changed'))).toBe(true);
      expect(sentLive(c)).toBe(0);
    }
    // Logged out: nothing more, while a second manager's window still gets the next push.
    const second = open('admin');
    await invoke(second, { name: 'auth.login', input: { user: 'admin', pin: '000000' } });
    await invoke(manager, { name: 'auth.logout', input: {} });
    const before = sentLive(manager);
    await invoke(consoleA, { name: 'window.pause', input: { window: 3, reason: 'lunch' } });
    for (let i = 0; i < 4 && sentLive(second) === 0; i++) await tick();
    expect(sentLive(second)).toBeGreaterThan(0);
    expect(sentLive(manager)).toBe(before);
  });

  test('dispose removes the handler and stops events', async () => {
    ipc.dispose();
    expect(ipcMain.handlers.size).toBe(0);
    t.hall.send('tickets.issue', { serviceId: 'A' }, kioskPrincipal);
    await tick();
    expect(kiosk.sent).toEqual([]);
  });
});
