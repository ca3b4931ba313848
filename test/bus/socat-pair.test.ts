// Simulators clean up after themselves: a bus simulator killed with SIGKILL leaves its PTY links
// (and, killed alone, possibly its socat) behind; the next start finds them stale by their owner
// being gone, even when the kernel has meanwhile given the same PTY numbers to another process, and
// replaces them. A link whose owner still runs is refused. Real child processes, real socat.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { processAlive, readOwner } from '../../native/sim/owner-lock';
import { startBusSims, type BusSims } from '../../native/sim/bus-sims';
import { SocatPair } from '../../native/sim/socat-pair';
import { SerialTransport } from '../../native/transport/serial-transport';
import { eventually, HAVE_SOCAT, next, NO_SOCAT } from './support';

const hasSetpriv = spawnSync('setpriv', ['--version'], { stdio: 'ignore' }).status === 0;

const ptyTest = test.skipIf(!HAVE_SOCAT);
if (!HAVE_SOCAT) console.warn(NO_SOCAT);

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const LINKS = ['led-windows-hall', 'led-windows-devices', 'led-hall-hall', 'led-hall-devices', 'keypads-hall', 'keypads-devices'];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-stale-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The bus simulator CLI as its own process (in its own process group), resolved once it is up. */
async function simProcess(dir: string, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'native/sim/bus-sim-cli.ts', '--dir', dir, '--windows', '1-2'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, ...env },
  });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('hall bus sim http')) resolve();
    });
    child.stderr!.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) => reject(new Error(`bus-sim exited (${code}): ${out}`)));
  });
  return child;
}

const killed = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));
const isLink = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;

async function startSims(dir: string): Promise<BusSims> {
  const sims = await startBusSims({ windows: [1, 2], dir, transport: 'pty' });
  cleanups.push(() => sims.stop());
  return sims;
}

ptyTest('a bus sim SIGKILLed with its socats leaves stale links; with their PTY numbers reused by another process, a new start replaces them', async () => {
  const dir = tempDir();
  const child = await simProcess(dir);
  const owners = LINKS.map((l) => readOwner(join(dir, l))!);
  expect(owners.every((o) => o.pid === child.pid && o.socat !== null)).toBe(true);
  const gone = killed(child);
  process.kill(-child.pid!, 'SIGKILL'); // the whole group at once: nothing gets to clean up
  await gone;
  expect(LINKS.every((l) => isLink(join(dir, l)))).toBe(true); // left behind, dangling

  // Other programs take PTYs now: the kernel hands out the freed numbers again, so stale links resolve.
  const others: SocatPair[] = [];
  while (!LINKS.some((l) => existsSync(join(dir, l)))) {
    expect(others.length).toBeLessThan(LINKS.length); // six freed numbers: a few pairs take one of them
    const other = new SocatPair(join(tempDir(), 'other-a'), join(tempDir(), 'other-b'));
    await other.start();
    cleanups.push(() => other.stop());
    others.push(other);
  }
  const taken = new Set(others.flatMap((o) => [readlinkSync(o.hostPath), readlinkSync(o.devicePath)]));

  const sims = await startSims(dir); // refused before: "…/led-windows-hall already exists"
  for (const l of LINKS) {
    expect(readOwner(join(dir, l))).toMatchObject({ pid: process.pid });
    expect(taken.has(readlinkSync(join(dir, l)))).toBe(false); // new PTYs, not the other programs'
  }
  // The replaced links work: bytes from the hall's end reach the simulated screens' end.
  const hall = new SerialTransport({ path: sims.links.windows.hostPort, baudRate: 9600 });
  cleanups.push(() => hall.close());
  await hall.open();
  const got = next(sims.links.windows.device, 'data');
  await hall.write(Buffer.from([0x5a]));
  expect(await got).toEqual([Buffer.from([0x5a])]);
  // The other programs' PTYs were left alone.
  expect(others.every((o) => o.running)).toBe(true);
});

ptyTest('a bus sim SIGKILLed alone, its socats orphaned (no parent-death signal): the next start ends the orphans and takes the links', async () => {
  const dir = tempDir();
  const child = await simProcess(dir, { TONGBAN_SOCAT_PDEATHSIG: '0' });
  const socats = LINKS.map((l) => readOwner(join(dir, l))!).map((o) => ({ pid: o.socat!, started: o.socatStarted }));
  cleanups.push(() => socats.forEach((s) => processAlive(s.pid, s.started) && process.kill(s.pid, 'SIGKILL')));
  const gone = killed(child);
  child.kill('SIGKILL');
  await gone;
  expect(socats.every((s) => processAlive(s.pid, s.started))).toBe(true); // orphans, still holding the links
  await startSims(dir);
  expect(socats.filter((s) => processAlive(s.pid, s.started))).toEqual([]);
  for (const l of LINKS) expect(readOwner(join(dir, l))).toMatchObject({ pid: process.pid });
});

test.skipIf(!HAVE_SOCAT || !hasSetpriv)(
  'with setpriv, socat gets SIGTERM when its simulator dies (no orphans), and the next start takes the links',
  async () => {
    const dir = tempDir();
    const child = await simProcess(dir);
    const socats = LINKS.map((l) => readOwner(join(dir, l))!).map((o) => ({ pid: o.socat!, started: o.socatStarted }));
    child.kill('SIGKILL');
    await eventually(() => socats.every((s) => !processAlive(s.pid, s.started)), 'the socats gone with their parent');
    // socat usually removes its links as it exits; whatever is left is stale by its owner and replaced.
    await startSims(dir);
    for (const l of LINKS) expect(readOwner(join(dir, l))).toMatchObject({ pid: process.pid });
  },
);

ptyTest('links whose owner still runs are refused, naming the owner', async () => {
  const dir = tempDir();
  const child = await simProcess(dir);
  const pair = new SocatPair(join(dir, 'led-windows-hall'), join(dir, 'led-windows-devices'));
  await expect(pair.start()).rejects.toThrow(new RegExp(`led-windows-hall already exists: in use by process ${child.pid}`));
  const gone = killed(child);
  child.kill('SIGTERM'); // a clean stop removes its links and owner files
  await gone;
  await pair.start();
  cleanups.push(() => pair.stop());
  expect(readOwner(pair.hostPath)).toMatchObject({ pid: process.pid, socat: pair.pid });
});
