// The windows this PC shows (kiosk, caller, console, …): where they go, how they are locked down and
// what they load. Pure functions build the options; openRoleWindow applies them to a real BrowserWindow
// (passed in, so tests use a fake).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, BrowserWindowConstructorOptions, Display, Rectangle } from 'electron';
import type { WindowRole, WindowSpec } from './config';

/** Where pages come from: the built renderer on disk (hall mode) or the hall PC's server (client mode). */
export type PageSource = { kind: 'file'; rendererDir: string } | { kind: 'http'; origin: string };

export function pageUrl(role: WindowRole, source: PageSource): string {
  return source.kind === 'file' ? pathToFileURL(join(source.rendererDir, `${role}.html`)).href : `${source.origin}/${role}`;
}

/** The display a window asked for, or the primary one when that display is not connected. */
export function pickDisplay(displays: Display[], index: number, primary: Display): { display: Display; missing: boolean } {
  const display = displays[index];
  return display ? { display, missing: false } : { display: primary, missing: true };
}

/** Public-facing windows play voice without anyone touching the screen first. */
const speaks: ReadonlySet<WindowRole> = new Set<WindowRole>(['kiosk', 'caller', 'pad']);

export interface WindowContext {
  /** out/preload/index.cjs in hall mode; null in client mode (pages then use the WebSocket transport). */
  preload: string | null;
  dev: boolean;
  /** Position among this PC's windows, to cascade windowed ones on a shared display. */
  index: number;
}

export function windowOptions(spec: WindowSpec, bounds: Rectangle, context: WindowContext): BrowserWindowConstructorOptions {
  const kiosk = spec.role === 'kiosk';
  const fullscreen = spec.fullscreen || kiosk;
  const width = fullscreen ? bounds.width : Math.min(1280, bounds.width);
  const height = fullscreen ? bounds.height : Math.min(800, bounds.height);
  const offset = fullscreen ? 0 : Math.min(context.index * 32, Math.max(0, bounds.width - width), Math.max(0, bounds.height - height));
  return {
    title: `通办 Tongban · ${spec.role}`,
    x: bounds.x + offset,
    y: bounds.y + offset,
    width,
    height,
    fullscreen,
    kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: context.dev,
      ...(context.preload ? { preload: context.preload } : {}),
      ...(speaks.has(spec.role) ? { autoplayPolicy: 'no-user-gesture-required' as const } : {}),
    },
  };
}

/** Keys that zoom or reload; a touch kiosk has no keyboard, but a USB keyboard may be plugged in. */
export function isBlockedKioskKey(input: { control: boolean; meta: boolean; key: string; type: string }): boolean {
  if (input.type !== 'keyDown') return false;
  if (input.key === 'F5' || input.key === 'F11' || input.key === 'F12') return true;
  return (input.control || input.meta) && ['+', '-', '=', '0', 'r', 'R', 'w', 'W'].includes(input.key);
}

export interface LockdownOptions {
  role: WindowRole;
  dev: boolean;
  isTrustedUrl(url: string): boolean;
}

type LockableWindow = Pick<BrowserWindow, 'removeMenu' | 'webContents'>;

/** Applied to every window: no menu, no popups, no navigation off the app; the kiosk also loses zoom. */
export function lockDown(win: LockableWindow, options: LockdownOptions): void {
  const contents = win.webContents;
  win.removeMenu();
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const guard = (event: { url: string; preventDefault(): void }) => {
    if (!options.isTrustedUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (!options.dev) contents.on('devtools-opened', () => contents.closeDevTools());
  if (options.role === 'kiosk') {
    contents.on('did-finish-load', () => {
      void contents.setVisualZoomLevelLimits(1, 1); // no pinch zoom
      contents.setZoomFactor(1);
    });
    contents.on('zoom-changed', () => contents.setZoomFactor(1)); // ctrl + wheel
    contents.on('before-input-event', (event, input) => {
      if (!options.dev && isBlockedKioskKey(input)) event.preventDefault();
    });
  }
}

export interface WindowFactory {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  screen: { getAllDisplays(): Display[]; getPrimaryDisplay(): Display };
}

export interface OpenWindowOptions extends WindowContext {
  spec: WindowSpec;
  source: PageSource;
  isTrustedUrl(url: string): boolean;
  log(message: string): void;
}

const RETRY_MS = 5000;

/** Creates, locks down and loads one window; it shows itself once the page has painted. */
export function openRoleWindow(factory: WindowFactory, options: OpenWindowOptions): BrowserWindow {
  const { spec } = options;
  const { display, missing } = pickDisplay(factory.screen.getAllDisplays(), spec.display, factory.screen.getPrimaryDisplay());
  if (missing) options.log(`${spec.role}: display ${spec.display} is not connected; using the primary display`);
  const win = new factory.BrowserWindow(windowOptions(spec, display.bounds, options));
  lockDown(win, { role: spec.role, dev: options.dev, isTrustedUrl: options.isTrustedUrl });
  win.once('ready-to-show', () => win.show());
  const url = pageUrl(spec.role, options.source);
  const load = () => {
    if (win.isDestroyed()) return;
    win.loadURL(url).catch((error: unknown) => options.log(`${spec.role}: cannot load ${url}: ${(error as Error).message}`));
  };
  if (options.source.kind === 'http') {
    // A client PC may boot before the hall PC: keep trying until the hall answers.
    win.webContents.on('did-fail-load', (_event, errorCode, _description, _url, isMainFrame) => {
      if (isMainFrame && errorCode !== -3) setTimeout(load, RETRY_MS);
    });
  }
  load();
  return win;
}
