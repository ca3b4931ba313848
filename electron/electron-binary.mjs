// Where the Electron binary is, or null, WITHOUT triggering its download. `require('electron')` (and
// Playwright's _electron.launch without executablePath) downloads the binary when it is missing, which
// fails or hangs on machines without internet access; this mirrors node_modules/electron/index.js
// read-only. Used by electron/start.mjs (npm start) and test/e2e/electron.spec.ts.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @param {string} root the project folder (holds node_modules/electron) */
export function findElectronBinary(root) {
  let packageDir;
  try {
    packageDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, executable || 'electron') : executable ? join(packageDir, 'dist', executable) : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

/** Chromium refuses to start as root with its sandbox on (CI containers run as root). */
export function electronSwitches() {
  return process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];
}
