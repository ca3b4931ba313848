// Window creation: options, placement, lockdown, what each window loads; and which URLs are the app's.
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { WindowSpec } from '../../electron/main/config';
import { trustedUrl } from '../../electron/main/trust';
import { isBlockedKioskKey, openRoleWindow, pageUrl, pickDisplay, windowOptions } from '../../electron/main/windows';
import { FakeBrowserWindow, fakeDisplay, fakeScreen } from './fakes';

vi.mock('electron', () => ({}));

const rendererDir = '/opt/tongban/out/renderer';
const preload = '/opt/tongban/out/preload/index.cjs';
const bounds = { x: 0, y: 0, width: 1920, height: 1080 };
const spec = (role: WindowSpec['role'], extra: Partial<WindowSpec> = {}): WindowSpec => ({ role, display: 0, fullscreen: false, ...extra });
const isTrustedUrl = trustedUrl({ rendererDir, hallOrigin: null });

describe('windowOptions', () => {
  test('every window: context isolation, sandbox, no node, the preload, no devtools', () => {
    for (const role of ['kiosk', 'caller', 'console'] as const) {
      const options = windowOptions(spec(role), bounds, { preload, dev: false, index: 0 });
      expect(options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        devTools: false,
        preload,
      });
      expect(options.show).toBe(false); // shown on ready-to-show: no white flash on the hall TV
    }
  });

  test('the kiosk is always a fullscreen kiosk; others follow the config', () => {
    expect(windowOptions(spec('kiosk'), bounds, { preload, dev: false, index: 0 })).toMatchObject({ kiosk: true, fullscreen: true, width: 1920, height: 1080 });
    expect(windowOptions(spec('caller', { fullscreen: true }), bounds, { preload, dev: false, index: 1 })).toMatchObject({ kiosk: false, fullscreen: true });
    const console_ = windowOptions(spec('console'), bounds, { preload, dev: false, index: 2 });
    expect(console_).toMatchObject({ kiosk: false, fullscreen: false, width: 1280, height: 800, x: 64, y: 64 });
  });

  test('--dev allows devtools (kiosk lockdown otherwise stays)', () => {
    const options = windowOptions(spec('kiosk'), bounds, { preload, dev: true, index: 0 });
    expect(options.webPreferences?.devTools).toBe(true);
    expect(options.kiosk).toBe(true);
  });

  test('client mode: no preload, so pages use the WebSocket transport', () => {
    const options = windowOptions(spec('console'), bounds, { preload: null, dev: false, index: 0 });
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  test('the kiosk and the caller may play voice without a touch first; the console may not', () => {
    expect(windowOptions(spec('caller'), bounds, { preload, dev: false, index: 0 }).webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
    expect(windowOptions(spec('kiosk'), bounds, { preload, dev: false, index: 0 }).webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
    expect(windowOptions(spec('console'), bounds, { preload, dev: false, index: 0 }).webPreferences?.autoplayPolicy).toBeUndefined();
  });

  test('a window sits on its display (bounds of the second screen)', () => {
    const second = { x: 1920, y: 0, width: 1080, height: 1920 };
    expect(windowOptions(spec('kiosk'), second, { preload, dev: false, index: 0 })).toMatchObject({ x: 1920, y: 0, width: 1080, height: 1920 });
  });
});

test('pageUrl: a file of out/renderer in hall mode, the hall server’s page in client mode', () => {
  expect(pageUrl('kiosk', { kind: 'file', rendererDir })).toBe(pathToFileURL(`${rendererDir}/kiosk.html`).href);
  expect(pageUrl('console', { kind: 'http', origin: 'http://192.168.1.10:7300' })).toBe('http://192.168.1.10:7300/console');
});

test('pickDisplay falls back to the primary display when the configured one is missing', () => {
  const displays = [fakeDisplay(1, 0), fakeDisplay(2, 1920)];
  expect(pickDisplay(displays, 1, displays[0]!)).toEqual({ display: displays[1], missing: false });
  expect(pickDisplay(displays, 5, displays[0]!)).toEqual({ display: displays[0], missing: true });
});

describe('openRoleWindow', () => {
  const screen = fakeScreen([fakeDisplay(1, 0), fakeDisplay(2, 1920)]);
  const factory = { BrowserWindow: FakeBrowserWindow as any, screen };
  const log = vi.fn();
  beforeEach(() => {
    FakeBrowserWindow.created.length = 0;
    log.mockClear();
  });

  const open = (s: WindowSpec, dev = false) =>
    openRoleWindow(factory, { spec: s, source: { kind: 'file', rendererDir }, preload, dev, index: 0, isTrustedUrl, log }) as unknown as FakeBrowserWindow;

  test('creates the window on its display, loads its page, shows it when ready', () => {
    const win = open(spec('kiosk', { display: 1 }));
    expect(win.options).toMatchObject({ x: 1920, kiosk: true });
    expect(win.loaded).toEqual([pathToFileURL(`${rendererDir}/kiosk.html`).href]);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  test('a missing display is logged and the primary one used', () => {
    const win = open(spec('caller', { display: 3 }));
    expect(win.options.x).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('display 3 is not connected'));
  });

  test('every window: no menu, window.open denied, navigation off the app blocked', () => {
    const win = open(spec('console'));
    const contents = win.webContents;
    expect(win.menuRemoved).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-redirect', 'http://127.0.0.1:7300/console')).toBe(true);
    expect(contents.navigate('will-navigate', pathToFileURL(`${rendererDir}/caller.html`).href)).toBe(false);
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  test('devtools opened anyway are closed unless --dev', () => {
    open(spec('console')).webContents.emit('devtools-opened');
    expect(FakeBrowserWindow.created[0]!.webContents.devToolsClosed).toBe(1);
    const dev = open(spec('console'), true);
    dev.webContents.emit('devtools-opened');
    expect(dev.webContents.devToolsClosed).toBe(0);
  });

  test('the kiosk: no pinch zoom, no ctrl+wheel zoom, no zoom/reload keys', () => {
    const contents = open(spec('kiosk')).webContents;
    contents.emit('did-finish-load');
    expect(contents.visualZoomLevelLimits).toEqual([1, 1]);
    contents.zoomFactor = 1.5;
    contents.emit('zoom-changed', {}, 'in');
    expect(contents.zoomFactor).toBe(1);
    expect(contents.key({ key: '=', control: true })).toBe(true);
    expect(contents.key({ key: '-', meta: true })).toBe(true);
    expect(contents.key({ key: 'F5' })).toBe(true);
    expect(contents.key({ key: 'a' })).toBe(false);
  });

  test('other windows keep their keys', () => {
    const contents = open(spec('console')).webContents;
    expect(contents.key({ key: '=', control: true })).toBe(false);
    expect(contents.visualZoomLevelLimits).toBeNull();
  });

  test('client mode: loads the hall server page and retries while the hall PC is unreachable', () => {
    vi.useFakeTimers();
    try {
      const hallTrusted = trustedUrl({ rendererDir, hallOrigin: 'http://192.168.1.10:7300' });
      const win = openRoleWindow(factory, {
        spec: spec('caller'),
        source: { kind: 'http', origin: 'http://192.168.1.10:7300' },
        preload: null,
        dev: false,
        index: 0,
        isTrustedUrl: hallTrusted,
        log,
      }) as unknown as FakeBrowserWindow;
      expect(win.loaded).toEqual(['http://192.168.1.10:7300/caller']);
      expect(win.webContents.navigate('will-navigate', 'http://192.168.1.10:7300/console')).toBe(false);
      win.webContents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', 'http://192.168.1.10:7300/caller', true);
      vi.advanceTimersByTime(5000);
      expect(win.loaded).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

test('isBlockedKioskKey only looks at key-down', () => {
  expect(isBlockedKioskKey({ key: 'r', control: true, meta: false, type: 'keyDown' })).toBe(true);
  expect(isBlockedKioskKey({ key: 'r', control: true, meta: false, type: 'keyUp' })).toBe(false);
});

describe('trustedUrl', () => {
  test('hall mode: only files inside out/renderer', () => {
    expect(isTrustedUrl(pathToFileURL(`${rendererDir}/kiosk.html`).href)).toBe(true);
    expect(isTrustedUrl(`${pathToFileURL(`${rendererDir}/console.html`).href}?window=3#x`)).toBe(true);
    expect(isTrustedUrl(pathToFileURL(`${rendererDir}/../main/index.js`).href)).toBe(false);
    expect(isTrustedUrl('file:///opt/tongban/out/renderer-evil/kiosk.html')).toBe(false);
    expect(isTrustedUrl(pathToFileURL(rendererDir).href)).toBe(false);
    expect(isTrustedUrl('file://otherhost/opt/tongban/out/renderer/kiosk.html')).toBe(false);
    expect(isTrustedUrl('http://127.0.0.1:7300/kiosk')).toBe(false);
  });

  test('client mode: the hall server’s origin as well, nothing else', () => {
    const check = trustedUrl({ rendererDir, hallOrigin: 'http://192.168.1.10:7300' });
    expect(check('http://192.168.1.10:7300/console')).toBe(true);
    expect(check('http://192.168.1.10:7301/console')).toBe(false);
    expect(check('https://192.168.1.10:7300/console')).toBe(false);
    expect(check('http://192.168.1.10.evil.example:7300/')).toBe(false);
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'about:blank', 'not a url', '']) expect(check(url)).toBe(false);
  });
});
