// A kernel tty pair made by socat: two linked PTYs, what one end writes the other reads, as with a
// USB-RS485 adapter and the bus behind it. `stop()` is the adapter pulled out (both PTYs vanish);
// `start()` again is it plugged back in (the same link names, new PTYs).
// Each link has an owner file (owner-lock.ts): a link left by a simulator that was killed (SIGKILL
// leaves socat's links, and sometimes socat itself, behind) is found stale by its owner being gone,
// its orphaned socat is ended, and it is replaced; a link whose owner runs is refused. Where
// util-linux's setpriv exists, socat also gets SIGTERM when its parent dies, so it never outlives it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ownerAlive, processAlive, readOwner, removeOwner, writeOwner } from './owner-lock';

export function socatAvailable(): boolean {
  return spawnSync('socat', ['-V'], { stdio: 'ignore' }).status === 0;
}

let setprivChecked: boolean | null = null;
/** TONGBAN_SOCAT_PDEATHSIG=0 turns it off (tests use it to leave orphans behind, as on a machine without setpriv). */
function hasSetpriv(): boolean {
  if (process.env.TONGBAN_SOCAT_PDEATHSIG === '0') return false;
  setprivChecked ??= spawnSync('setpriv', ['--pdeathsig', 'TERM', '--', 'true'], { stdio: 'ignore' }).status === 0;
  return setprivChecked;
}

const linkExists = (path: string) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/** Waits (briefly) until a process we signalled is gone; it is not our child, so there is no exit event. */
async function gone(pid: number, started: string | null, timeoutMs = 2000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid, started)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/** Makes `path` free for a new link: refused if its owner still runs; a stale one is cleared (with its orphaned socat). */
async function claim(path: string): Promise<void> {
  const owner = readOwner(path);
  if (owner && ownerAlive(owner)) throw new Error(`${path} already exists: in use by process ${owner.pid} (a running simulator)`);
  if (!owner && existsSync(path)) {
    // No owner file, and the link resolves: not ours to take (another program's, or an older simulator's).
    throw new Error(`${path} already exists: another simulator (or process) is using it`);
  }
  if (owner?.socat != null && processAlive(owner.socat, owner.socatStarted)) {
    // The owner died and left its socat running (no setpriv, or SIGKILL of the owner alone).
    process.kill(owner.socat, 'SIGKILL');
    if (!(await gone(owner.socat, owner.socatStarted))) throw new Error(`${path}: the stale socat ${owner.socat} did not exit`);
  }
  rmSync(path, { force: true });
  removeOwner(path);
}

export interface StartOptions {
  /**
   * Make the device end first: the host link is created under `<hostPath>.held` and appears under
   * its name only at releaseHost(). Tests use it to have the simulated devices back on the bus
   * before the hall can reconnect (on real hardware the devices never left).
   */
  holdHost?: boolean;
  timeoutMs?: number;
}

export class SocatPair {
  private child: ChildProcess | null = null;
  private held = false;

  /** `hostPath` for the hall's side, `devicePath` for the simulated devices' side. */
  constructor(
    readonly hostPath: string,
    readonly devicePath: string,
  ) {}

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The socat process (for tests that kill it as a crash would). */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  async start(options: StartOptions = {}): Promise<void> {
    if (this.running) return;
    const heldPath = `${this.hostPath}.held`;
    for (const path of [this.hostPath, this.devicePath, heldPath]) await claim(path);
    mkdirSync(dirname(this.hostPath), { recursive: true });
    mkdirSync(dirname(this.devicePath), { recursive: true });
    const hostLink = options.holdHost ? heldPath : this.hostPath;
    const socat = ['-d', '-d', `pty,raw,echo=0,link=${hostLink}`, `pty,raw,echo=0,link=${this.devicePath}`];
    const child = hasSetpriv()
      ? spawn('setpriv', ['--pdeathsig', 'TERM', '--', 'socat', ...socat], { stdio: ['ignore', 'ignore', 'pipe'] })
      : spawn('socat', socat, { stdio: ['ignore', 'ignore', 'pipe'] });
    this.child = child;
    this.held = options.holdHost === true;
    // If the hall exits without closing its devices, socat must not outlive it (kill is synchronous).
    // The owner files stay: with their owner gone, the next start finds anything left behind stale.
    const killOnExit = () => child.kill('SIGTERM');
    process.once('exit', killOnExit);
    child.once('exit', () => process.off('exit', killOnExit));
    try {
      await this.ready(child, options.timeoutMs ?? 5000);
    } catch (error) {
      await this.stop();
      throw error;
    }
    for (const path of [hostLink, this.devicePath]) writeOwner(path, child.pid ?? null);
  }

  /** With holdHost: the host link appears under its name (the adapter plugged in, as the hall sees it). */
  releaseHost(): void {
    if (!this.held) return;
    this.held = false;
    renameSync(`${this.hostPath}.held`, this.hostPath);
    writeOwner(this.hostPath, this.child?.pid ?? null);
    removeOwner(`${this.hostPath}.held`);
  }

  /** Kills socat and waits until it is gone, then removes what is left of its links and owner files. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    // socat removes the links it made; a released host link was renamed, so it is ours to remove.
    for (const path of [this.hostPath, this.devicePath, `${this.hostPath}.held`]) {
      if (child && readOwner(path)?.socat === child.pid && linkExists(path)) rmSync(path, { force: true });
      if (child && readOwner(path)?.socat === child.pid) removeOwner(path);
    }
    this.held = false;
  }

  /** Resolves when socat says its data loop runs (both links exist by then); rejects if it exits first. */
  private ready(child: ChildProcess, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      let log = '';
      let settled = false;
      const timer = setTimeout(() => done(new Error(`socat did not create ${this.hostPath} within ${timeoutMs} ms`)), timeoutMs);
      const done = (error?: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.off('exit', exited);
        if (error) reject(error);
        else resolve();
      };
      const exited = (code: number | null) => done(new Error(`socat exited (${code}) before its PTYs appeared: ${log.trim().split('\n').pop() ?? ''}`));
      child.once('error', (error) => done(new Error(`socat could not start: ${error.message}`)));
      child.once('exit', exited);
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (chunk: string) => {
        if (log.length < 4096) log += chunk;
        if (log.includes('starting data transfer loop')) done();
      });
    });
  }
}
