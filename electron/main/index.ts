// Electron main process entry (package.json "main" → out/main/index.js). Only lifecycle here; the work
// is in app.ts. Options: --config FILE, --data DIR, --demo, --port N, --dev (devtools allowed), --clock T (core/clock-option.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, screen, session } from 'electron';
import { startApp, type RunningApp } from './app';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`tongban: ${message}`);
  dialog.showErrorBox('通办 Tongban cannot start', message);
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would fight over the database and the LAN port: hand over to the first one.
  app.quit();
} else {
  let running: RunningApp | null = null;

  app.on('second-instance', () => {
    const first = running?.windows.find((w) => !w.isDestroyed());
    if (first) {
      if (first.isMinimized()) first.restore();
      first.focus();
    }
  });

  // No <webview>, no popups anywhere, whatever window they come from.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('window-all-closed', () => app.quit());

  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting || !running) return;
    event.preventDefault();
    quitting = true;
    running
      .stop()
      .catch((error: unknown) => console.error('tongban: shutdown failed', error))
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(async () => {
      running = await startApp(
        { app, BrowserWindow, ipcMain, screen, session, protocol, net },
        { argv: process.argv.slice(1), outDir, resourcesPath: process.resourcesPath },
      );
      if (running.serverError) {
        void dialog.showMessageBox({
          type: 'warning',
          title: '通办 Tongban',
          message: 'Other PCs and browsers cannot join this hall',
          detail: `${running.serverError}\nThe windows on this PC keep working.`,
        });
      }
    })
    .catch(fatal);
}
