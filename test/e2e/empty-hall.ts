// A real `serve.js` on a fresh, empty data folder, on its own port (clear of the demo server the
// Playwright config starts): what a hall manager runs on a new PC. Shared by the specs of first-run setup.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from '@playwright/test';

const node = existsSync(resolve('node_modules/.bin/node')) ? resolve('node_modules/.bin/node') : process.execPath;
const CODE = /setup code: (\d{4}) (\d{4})/;

export class EmptyHall {
  readonly base: string;
  private folder: string | undefined;
  /** Everything the running process printed (stdout and stderr); cleared at each start. */
  output = '';
  private child: ChildProcess | undefined;

  constructor(
    readonly port: number,
    private readonly folderPrefix: string,
  ) {
    this.base = `http://127.0.0.1:${port}`;
  }

  /** The data folder, made at the first start (Playwright also loads spec files only to list them). */
  get dataDir(): string {
    this.folder ??= mkdtempSync(join(tmpdir(), this.folderPrefix));
    return this.folder;
  }

  /** Starts (or restarts) `serve.js` on the folder. */
  start(): void {
    this.output = '';
    this.child = spawn(node, ['out/main/serve.js', '--data', this.dataDir, '--port', String(this.port), '--host', '127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d) => (this.output += d));
    this.child.stderr!.on('data', (d) => (this.output += d));
  }

  /** Resolves with the setup code, once both it and the setup address are printed (separate lines). */
  async setupCode(): Promise<string> {
    await expect
      .poll(() => CODE.test(this.output) && this.output.includes(`${this.base}/setup.html`), {
        timeout: 30_000,
        message: 'the setup code and the setup address are printed',
      })
      .toBe(true);
    const [, a, b] = CODE.exec(this.output)!;
    return `${a}${b}`;
  }

  /** Stops the process (SIGTERM) and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }

  async remove(): Promise<void> {
    await this.stop();
    if (this.folder) rmSync(this.folder, { recursive: true, force: true });
  }
}
