// A kernel tty pair made by socat: two linked PTYs, what one end writes the other reads, as with a
// USB-RS485 adapter and the bus behind it. `stop()` is the adapter pulled out (both PTYs vanish);
// `start()` again is it plugged back in (the same link names, new PTYs).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export function socatAvailable(): boolean {
  return spawnSync('socat', ['-V'], { stdio: 'ignore' }).status === 0;
}

export class SocatPair {
  private child: ChildProcess | null = null;

  /** `hostPath` for the hall's side, `devicePath` for the simulated devices' side. */
  constructor(
    readonly hostPath: string,
    readonly devicePath: string,
  ) {}

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null;
  }

  async start(timeoutMs = 5000): Promise<void> {
    if (this.running) return;
    for (const path of [this.hostPath, this.devicePath]) {
      // existsSync follows the link: a live PTY means another simulator owns this name.
      if (existsSync(path)) throw new Error(`${path} already exists: another simulator (or process) is using it`);
    }
    mkdirSync(dirname(this.hostPath), { recursive: true });
    mkdirSync(dirname(this.devicePath), { recursive: true });
    const child = spawn('socat', [`pty,raw,echo=0,link=${this.hostPath}`, `pty,raw,echo=0,link=${this.devicePath}`], {
      stdio: 'ignore',
    });
    this.child = child;
    // If the hall exits without closing its devices, socat must not outlive it (kill is synchronous).
    const killOnExit = () => child.kill('SIGTERM');
    process.once('exit', killOnExit);
    child.once('exit', () => process.off('exit', killOnExit));
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (error) => reject(new Error(`socat could not start: ${error.message}`)));
      child.once('exit', (code) => reject(new Error(`socat exited (${code}) before its PTYs appeared`)));
    });
    failed.catch(() => {});
    const deadline = Date.now() + timeoutMs;
    while (!(existsSync(this.hostPath) && existsSync(this.devicePath))) {
      if (Date.now() > deadline) {
        await this.stop();
        throw new Error(`socat did not create ${this.hostPath} within ${timeoutMs} ms`);
      }
      await Promise.race([new Promise((resolve) => setTimeout(resolve, 20)), failed]);
    }
  }

  /** Kills socat and waits until it is gone (its links are removed as it exits). */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}
