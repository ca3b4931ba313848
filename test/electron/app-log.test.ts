// The Electron app's hall log, with electron mocked: startApp opens the file log in the data folder
// and hands that same logger to the core, the devices, the LAN server and the IPC glue; a refused
// IPC command, a window that cannot load and a failed start are lines there; a quit writes every line.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openInspectableHall } from '../../electron/core/inspectable-hall';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ipcCommandChannel } from '../../electron/contract';
import { startApp, type RunningApp } from '../../electron/main/app';
import { makeTempDir } from '../support/hall';
import { readLines } from '../log/support';
import { FakeBrowserWindow, fakeDisplay, fakeIpcMain, fakeScreen, fakeSession } from './fakes';

vi.mock('electron', () => ({}));

let dir: string;
let running: RunningApp | null;
let ipcMain: ReturnType<typeof fakeIpcMain>;

const deps = () => ({
  app: { getPath: () => join(dir, 'userData') } as any,
  BrowserWindow: FakeBrowserWindow as any,
  screen: fakeScreen([fakeDisplay(1, 0)]),
  ipcMain,
  session: fakeSession() as any,
});

beforeEach(() => {
  dir = makeTempDir('tongban-app-log-');
  running = null;
  ipcMain = fakeIpcMain();
  FakeBrowserWindow.created.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  await running?.stop();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

test('hall mode: one file log in <data>/logs, handed to the core; refusals and window faults land there', async () => {
  const config = join(dir, 'tongban.json');
  writeFileSync(config, JSON.stringify({ windows: [{ role: 'console', display: 3 }] }));
  const data = join(dir, 'data');
  running = await startApp(deps(), { argv: ['.', '--config', config, '--data', data, '--port', '0'], outDir: '/opt/tongban/out', log: () => {} });
  expect(running.fileLog.dir).toBe(join(data, 'logs'));
  expect(running.hall!.log.dir).toBe(join(data, 'logs'));

  const handler = ipcMain.handlers.get(ipcCommandChannel)!;
  const console_ = FakeBrowserWindow.created[0]!.webContents;
  expect(await handler(console_.ipcEvent(), { name: 'log.tail', input: {} })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  const app = running;
  running = null;
  await app.stop(); // a normal quit: every line is on disk afterwards

  const lines = readLines(join(data, 'logs'));
  const find = (msg: RegExp) => lines.find((l) => msg.test(l.msg));
  expect(find(/^hall \(demo\) running: http:\/\/127\.0\.0\.1:\d+/)).toMatchObject({ level: 'info', source: 'core' });
  expect(find(/^console: display 3 is not connected/)).toMatchObject({ level: 'warn' });
  expect(find(/^command refused$/)).toMatchObject({ command: 'log.tail', code: 'unauthenticated', principal: 'anonymous' });
  expect(lines.at(-1)).toMatchObject({ level: 'info', msg: 'stopped' });
});

test("a start that fails is the log's last line, and the file is closed", async () => {
  const config = join(dir, 'tongban.json');
  writeFileSync(config, JSON.stringify({ demo: false, windows: [{ role: 'console' }] }));
  const data = join(dir, 'demo-data');
  openInspectableHall({ dataDir: data, demo: true, log: () => {} }).close(); // the demo hall, opened without --demo
  await expect(startApp(deps(), { argv: ['--config', config, '--data', data, '--port', '0'], outDir: '/opt/tongban/out', log: () => {} })).rejects.toThrow(
    /holds the demo hall/,
  );
  const last = readLines(join(data, 'logs')).at(-1)!;
  expect(last).toMatchObject({ level: 'error', msg: 'the app cannot start', err: { type: 'HallSetupError' } });
});
