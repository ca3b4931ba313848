// startApp end to end with Electron faked: a real demo hall in a temp folder, the real LAN server on a
// free port, IPC wired to the windows it opened. Also client mode (no core, no IPC, no preload).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ipcCommandChannel, type Result } from '../../electron/contract';
import { startApp, type RunningApp } from '../../electron/main/app';
import { ConfigError } from '../../electron/main/config';
import { eventually } from '../support/eventually';
import { makeTempDir } from '../support/hall';
import { FakeBrowserWindow, fakeDisplay, fakeIpcMain, fakeScreen, fakeSession } from './fakes';

vi.mock('electron', () => ({}));

let dir: string;
let running: RunningApp | null;
let ipcMain: ReturnType<typeof fakeIpcMain>;
let session: ReturnType<typeof fakeSession>;
const outDir = '/opt/tongban/out';

function deps() {
  return {
    app: { getPath: (name: string) => (name === 'userData' ? join(dir, 'userData') : dir) } as any,
    BrowserWindow: FakeBrowserWindow as any,
    screen: fakeScreen([fakeDisplay(1, 0), fakeDisplay(2, 1920)]),
    ipcMain,
    session: session as any,
  };
}

function writeConfig(value: unknown): string {
  const path = join(dir, 'tongban.json');
  writeFileSync(path, JSON.stringify(value));
  return path;
}

beforeEach(() => {
  dir = makeTempDir('tongban-app-');
  running = null;
  ipcMain = fakeIpcMain();
  session = fakeSession();
  FakeBrowserWindow.created.length = 0;
});
afterEach(async () => {
  await running?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('hall mode: core + LAN server + IPC + the configured windows', async () => {
  const config = writeConfig({ windows: [{ role: 'kiosk', display: 1 }, { role: 'caller', display: 0, fullscreen: true }, { role: 'console' }] });
  running = await startApp(deps(), { argv: ['.', '--config', config, '--data', join(dir, 'data'), '--port', '0'], outDir, log: () => {} });

  expect(running.plan).toMatchObject({ mode: 'hall', demo: true, dataDir: join(dir, 'data'), server: { host: '127.0.0.1', port: 0 } });
  expect(running.serverError).toBeNull();
  const health = await fetch(`${running.server!.url}/api/health`).then((r) => r.json());
  expect(health).toMatchObject({ ok: true, demo: true });

  const windows = FakeBrowserWindow.created;
  expect(windows.map((w) => w.loaded[0])).toEqual(['kiosk', 'caller', 'console'].map((role) => pathToFileURL(`${outDir}/renderer/${role}.html`).href));
  expect(windows.map((w) => w.options.webPreferences?.preload)).toEqual(Array(3).fill(join(outDir, 'preload/index.cjs')));
  expect(windows[0]!.options).toMatchObject({ kiosk: true, x: 1920 });

  // IPC: the kiosk window issues a ticket with its device session; the console is anonymous.
  const handler = ipcMain.handlers.get(ipcCommandChannel)!;
  const [kiosk, , console_] = windows.map((w) => w.webContents);
  const issued = (await handler(kiosk!.ipcEvent(), { name: 'tickets.issue', input: { serviceId: 'A' } })) as Result<any>;
  expect(issued).toMatchObject({ ok: true, value: { number: 'A001' } });
  const denied = (await handler(console_!.ipcEvent(), { name: 'tickets.issue', input: { serviceId: 'A' } })) as Result<any>;
  expect(denied).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

  // Pages may have fullscreen, nothing else.
  const granted: boolean[] = [];
  for (const permission of ['fullscreen', 'media', 'geolocation', 'notifications']) session.state.request!({}, permission, (g) => granted.push(g));
  expect(granted).toEqual([true, false, false, false]);

  await running.stop();
  expect(ipcMain.handlers.size).toBe(0);
  await expect(fetch(`${running.server!.url}/api/health`)).rejects.toThrow();
  running = null;
});

test('no config file: the demo defaults under userData', async () => {
  running = await startApp(deps(), { argv: ['--port', '0'], outDir, log: () => {} });
  expect(running.plan).toMatchObject({ mode: 'hall', demo: true, dataDir: join(dir, 'userData', 'data-demo') });
  expect(FakeBrowserWindow.created.map((w) => w.loaded[0]!.split('/').at(-1))).toEqual(['kiosk.html', 'caller.html', 'console.html']);
});

test('a busy port: the windows still open and work over IPC; the error is reported', async () => {
  const first = await startApp(deps(), { argv: ['--port', '0', '--data', join(dir, 'one')], outDir, log: () => {} });
  try {
    ipcMain = fakeIpcMain();
    running = await startApp(deps(), { argv: ['--port', String(first.server!.port), '--data', join(dir, 'two')], outDir, log: () => {} });
    expect(running.server).toBeNull();
    expect(running.serverError).toMatch(/could not start on 127\.0\.0\.1:\d+/);
    expect(ipcMain.handlers.has(ipcCommandChannel)).toBe(true);
  } finally {
    await first.stop();
  }
});

test('client mode: no core, no IPC, no preload; pages come from the hall PC', async () => {
  const config = writeConfig({ mode: 'client', demo: false, hallUrl: 'http://192.168.1.10:7300', windows: [{ role: 'console' }] });
  running = await startApp(deps(), { argv: ['--config', config], outDir, log: () => {} });
  expect(running.hall).toBeNull();
  expect(running.server).toBeNull();
  expect(ipcMain.handlers.size).toBe(0);
  const [win] = FakeBrowserWindow.created;
  expect(win!.loaded).toEqual(['http://192.168.1.10:7300/console']);
  expect(win!.options.webPreferences).not.toHaveProperty('preload');
});

test('an invalid config file stops the start with a ConfigError before anything opens', async () => {
  const config = writeConfig({ windows: [{ role: 'cashier' }] });
  await expect(startApp(deps(), { argv: ['--config', config], outDir, log: () => {} })).rejects.toThrow(ConfigError);
  expect(FakeBrowserWindow.created).toEqual([]);
  expect(ipcMain.handlers.size).toBe(0);
});

test('a non-demo start on an empty data folder shows the setup page first, then opens the hall once a manager exists', async () => {
  const config = writeConfig({ demo: false, windows: [{ role: 'console' }] });
  const starting = startApp(deps(), { argv: ['--config', config, '--data', join(dir, 'empty'), '--port', '0'], outDir, log: () => {} });
  const setupUrl = new URL((await eventually(() => FakeBrowserWindow.created[0]?.loaded[0], 'the setup window'))!);
  expect(setupUrl.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(setupUrl.pathname).toBe('/setup.html');
  const code = setupUrl.searchParams.get('code')!;
  const body = { code, hallName: '新华路街道社区事务受理服务中心', hallCode: 'XH', regionCode: '310105', manager: { id: '9001', name: '周丽', pin: '408215' } };
  const answer = await fetch(`${setupUrl.origin}/api/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(answer.status).toBe(200);
  running = await starting;
  expect(running.hall!.needsSetup()).toBe(false);
  expect(running.server!.url).toBe(setupUrl.origin); // the hall took the setup's port over
  const [setupWindow, consoleWindow] = FakeBrowserWindow.created;
  expect(setupWindow!.isDestroyed()).toBe(true);
  expect(consoleWindow!.loaded).toEqual([pathToFileURL(`${outDir}/renderer/console.html`).href]);
});
