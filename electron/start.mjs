// `npm start [-- --data DIR --port N …]`: builds, then runs the demo hall.
//   - Electron binary installed: the desktop app, `electron . --demo …` (kiosk, caller, console windows).
//   - No Electron binary (it cannot be downloaded on machines without internet access): the same demo
//     hall in plain Node, `node out/main/serve.js --demo …`, its windows opened in a browser.
// Extra arguments are passed on unchanged.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronSwitches, findElectronBinary } from './electron-binary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extra = process.argv.slice(2);

const electronVite = join(dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = findElectronBinary(root);
let command;
let args;
if (binary) {
  command = binary;
  args = [...electronSwitches(), '.', '--demo', ...extra];
} else {
  console.log(
    'tongban: the Electron binary is not installed and cannot be downloaded here, so the demo hall runs in plain Node instead (open the URLs below in a browser).',
  );
  command = process.execPath;
  args = [join(root, 'out/main/serve.js'), '--demo', ...extra];
}

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node
const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
// Ctrl+C reaches the child directly (same process group); a SIGTERM sent to this launcher is passed on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
