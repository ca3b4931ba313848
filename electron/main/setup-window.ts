// First-run setup inside the app: on an empty data folder the hall PC shows the setup page (served by
// the setup server on 127.0.0.1 only, the one-time code already filled in) before anything else
// opens, and carries on once a manager exists. The code is also logged for a manager at the terminal.
import type { BrowserWindow } from 'electron';
import type { Hall } from '../core/hall';
import { startSetupServer } from '../server/setup-server';
import { lockDown, type WindowFactory } from './windows';

export interface SetupWindowOptions {
  hall: Hall;
  port: number;
  rendererDir: string;
  log(message: string): void;
}

/**
 * Resolves once setup is done, with the port the setup used (the LAN server takes it over) and its
 * window, which the caller closes after the hall's windows are open (so the app never has none).
 */
export async function runSetupWindow(factory: WindowFactory, options: SetupWindowOptions): Promise<{ port: number; window: BrowserWindow }> {
  let code = '';
  const setup = await startSetupServer({
    hall: options.hall,
    port: options.port,
    staticDir: options.rendererDir,
    onCode: (next) => {
      code = next;
      options.log(`first-run setup code: ${next.slice(0, 4)} ${next.slice(4)}`);
    },
  });
  options.log(`this hall is not set up yet: setup on ${setup.url}/setup.html (this PC only)`);
  const win = new factory.BrowserWindow({
    width: 900,
    height: 860,
    show: true,
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  lockDown(win, { role: 'admin', dev: false, isTrustedUrl: (url) => url.startsWith(`${setup.url}/`) });
  await win.loadURL(`${setup.url}/setup.html?code=${code}`);
  await setup.done;
  await setup.close();
  return { port: setup.port, window: win };
}
