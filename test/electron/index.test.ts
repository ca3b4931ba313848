// The main entry's lifecycle with the electron module mocked: single-instance lock, start on ready,
// app-wide hardening, orderly shutdown on quit, and a readable error box when the start fails.
import { EventEmitter } from 'node:events';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ipcCommandChannel } from '../../electron/contract';
import { makeTempDir } from '../support/hall';
import { FakeBrowserWindow, FakeWebContents, fakeDisplay, fakeIpcMain, fakeScreen, fakeSession } from './fakes';

const state = vi.hoisted(() => ({ electron: null as any }));
// Getters, so each test's fresh fake is seen by a freshly imported index.ts (the mock factory runs once).
vi.mock('electron', () => ({
  get app() {
    return state.electron.app;
  },
  get BrowserWindow() {
    return state.electron.BrowserWindow;
  },
  get ipcMain() {
    return state.electron.ipcMain;
  },
  get screen() {
    return state.electron.screen;
  },
  get session() {
    return state.electron.session;
  },
  get dialog() {
    return state.electron.dialog;
  },
  get protocol() {
    return state.electron.protocol;
  },
  get net() {
    return state.electron.net;
  },
}));

let dir: string;
const argv = process.argv;

function fakeElectron(lock = true) {
  const app = Object.assign(new EventEmitter(), {
    ready: Promise.resolve(),
    whenReady: () => app.ready,
    getPath: () => join(dir, 'userData'),
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: fakeIpcMain(),
    screen: fakeScreen([fakeDisplay(1, 0)]),
    session: fakeSession(),
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    protocol: { handle: vi.fn() },
    net: { fetch: vi.fn() },
  };
}

beforeEach(() => {
  dir = makeTempDir('tongban-index-');
  vi.resetModules();
  FakeBrowserWindow.created.length = 0;
});
afterEach(() => {
  vi.restoreAllMocks();
  process.argv = argv;
  rmSync(dir, { recursive: true, force: true });
});

test('starts on ready, hardens every webContents, and closes hall and server before quitting', async () => {
  state.electron = fakeElectron();
  const config = join(dir, 'tongban.json');
  writeFileSync(config, JSON.stringify({ windows: [{ role: 'kiosk' }, { role: 'console' }] }));
  process.argv = [process.execPath, '.', '--config', config, '--data', join(dir, 'data'), '--port', '0'];
  vi.spyOn(console, 'log').mockImplementation(() => {});
  await import('../../electron/main/index');
  // The demo hall starts its simulators first: on a busy machine that takes seconds, not one.
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(2), { timeout: 15_000 });
  const { app, ipcMain, dialog } = state.electron;
  expect(ipcMain.handlers.has(ipcCommandChannel)).toBe(true);
  expect(dialog.showErrorBox).not.toHaveBeenCalled();
  // The windows' clips (file://…/voice/…) are looked up in the hall's data folder first (voice-protocol.test.ts).
  expect(state.electron.protocol.handle).toHaveBeenCalledWith('file', expect.any(Function));

  // Any webContents, even one not opened by the app, gets no popups and no <webview>.
  const stray = new FakeWebContents();
  app.emit('web-contents-created', {}, stray);
  expect(stray.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });

  // Quitting waits for the hall to close, then quits for real.
  let prevented = false;
  app.emit('will-quit', { preventDefault: () => (prevented = true) });
  expect(prevented).toBe(true);
  await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1), { timeout: 15_000 });
  expect(ipcMain.handlers.size).toBe(0);
  app.emit('will-quit', { preventDefault: () => expect.fail('second will-quit must pass through') });

  app.emit('window-all-closed');
  expect(app.quit).toHaveBeenCalledTimes(2);
});

test('a second instance hands over to the first and quits', async () => {
  state.electron = fakeElectron(false);
  process.argv = [process.execPath, '.'];
  await import('../../electron/main/index');
  // Quitting is the first thing a second instance does; the first instance would have opened windows instead.
  await vi.waitFor(() => expect(state.electron!.app.quit).toHaveBeenCalled());
  expect(FakeBrowserWindow.created).toHaveLength(0);
});

test('a bad config shows an error box and exits 1', async () => {
  state.electron = fakeElectron();
  const config = join(dir, 'tongban.json');
  writeFileSync(config, '{ "mode": "server" }');
  process.argv = [process.execPath, '.', '--config', config];
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(state.electron.app.exit).toHaveBeenCalledWith(1), { timeout: 15_000 });
    expect(state.electron.dialog.showErrorBox).toHaveBeenCalledWith(expect.stringContaining('cannot start'), expect.stringMatching(/mode: Invalid option/));
    expect(FakeBrowserWindow.created).toHaveLength(0);
  } finally {
    consoleError.mockRestore();
  }
});
