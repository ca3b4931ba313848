// Small stand-ins for the Electron objects the main-process glue touches. They record what was done
// to them so tests can assert on it; no Electron binary is involved.
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, Display } from 'electron';

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly sent: Array<{ channel: string; data: unknown }> = [];
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  zoomFactor = 1;
  visualZoomLevelLimits: [number, number] | null = null;
  devToolsClosed = 0;
  url = '';
  readonly mainFrame = { url: '', parent: null };

  send(channel: string, data: unknown) {
    this.sent.push({ channel, data });
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
    this.emit('destroyed');
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  setZoomFactor(factor: number) {
    this.zoomFactor = factor;
  }
  async setVisualZoomLevelLimits(min: number, max: number) {
    this.visualZoomLevelLimits = [min, max];
  }
  closeDevTools() {
    this.devToolsClosed++;
  }
  /** Fires a cancellable navigation-type event the way Electron does (details object first). */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
  /** Fires before-input-event; returns whether the page would have been denied the key. */
  key(input: { key: string; control?: boolean; meta?: boolean; type?: string }): boolean {
    let prevented = false;
    this.emit('before-input-event', { preventDefault: () => (prevented = true) }, { control: false, meta: false, type: 'keyDown', ...input });
    return prevented;
  }
  /** The IPC event a frame of this webContents would produce. */
  ipcEvent(url = this.url, options: { subframe?: boolean; noFrame?: boolean } = {}) {
    const frame = options.noFrame ? null : { url, parent: options.subframe ? {} : null };
    return { sender: this, senderFrame: frame } as any;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  menuRemoved = false;
  shown = false;
  loaded: string[] = [];

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  removeMenu() {
    this.menuRemoved = true;
  }
  show() {
    this.shown = true;
  }
  close() {
    this.webContents.destroyed = true;
  }
  isDestroyed() {
    return this.webContents.destroyed;
  }
  async loadURL(url: string) {
    this.loaded.push(url);
    this.webContents.url = url;
    this.webContents.mainFrame.url = url;
  }
}

export function fakeDisplay(id: number, x: number, width = 1920, height = 1080): Display {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height } } as Display;
}

export function fakeScreen(displays: Display[]) {
  return { getAllDisplays: () => displays, getPrimaryDisplay: () => displays[0]! };
}

export function fakeIpcMain() {
  const handlers = new Map<string, (event: any, ...args: any[]) => unknown>();
  return {
    handlers,
    handle(channel: string, handler: (event: any, ...args: any[]) => unknown) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      handlers.delete(channel);
    },
  };
}

export function fakeSession() {
  const state = {
    request: null as null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
    check: null as null | ((contents: unknown, permission: string) => boolean),
  };
  return {
    state,
    defaultSession: {
      setPermissionRequestHandler(handler: typeof state.request) {
        state.request = handler;
      },
      setPermissionCheckHandler(handler: typeof state.check) {
        state.check = handler;
      },
    },
  };
}
