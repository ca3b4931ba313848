// A real `serve.js --demo` on its own data folder and port, clear of the shared demo server (so a spec
// neither sees nor leaves other specs' tickets), optionally on a `--clock` of its own (a fixed Monday
// evening, say): specs about opening hours set their hours on it and see the kiosk and the engine at
// that hall time, whatever the real time of day is.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

const node = existsSync(resolve('node_modules/.bin/node')) ? resolve('node_modules/.bin/node') : process.execPath;

export class ClockedHall {
  readonly base: string;
  output = '';
  private folder: string | undefined;
  private child: ChildProcess | undefined;

  constructor(
    readonly port: number,
    private readonly clock?: string,
  ) {
    this.base = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    this.folder ??= mkdtempSync(join(tmpdir(), 'tongban-own-hall-'));
    const clock = this.clock ? ['--clock', this.clock] : [];
    this.child = spawn(node, ['out/main/serve.js', '--demo', '--data', this.folder, '--port', String(this.port), '--host', '127.0.0.1', ...clock], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d) => (this.output += d));
    this.child.stderr!.on('data', (d) => (this.output += d));
    if (this.clock) await expect.poll(() => this.output.includes('hall clock:'), { timeout: 30_000, message: 'the hall prints its clock' }).toBe(true);
    await expect.poll(async () => (await fetch(`${this.base}/api/health`).catch(() => null))?.status ?? 0, { timeout: 30_000 }).toBe(200);
  }

  /** A session token of this hall for `user`. */
  async token(request: APIRequestContext, user: string, pin: string): Promise<string> {
    const login = await request.post(`${this.base}/api/login`, { data: { user, pin } });
    expect(login.status()).toBe(200);
    return (await login.json()).token as string;
  }

  /** Tickets of these services, taken at the kiosk, in order. */
  async issue(request: APIRequestContext, services: string[]): Promise<void> {
    const headers = { authorization: `Bearer ${await this.token(request, 'kiosk', '8888')}` };
    for (const serviceId of services) expect((await request.post(`${this.base}/api/tickets`, { headers, data: { serviceId } })).status()).toBe(201);
  }

  /** The clerk signs in at the console and takes `windowNo`; resolves once the window's detail is in (the F-keys act). */
  async signIn(page: Page, clerk: string, windowNo: number): Promise<void> {
    await page.goto(`${this.base}/console`);
    await page.getByLabel('工号').fill(clerk);
    await page.getByLabel('密码').fill('1234');
    await page.keyboard.press('Enter');
    await page.getByTestId(`sign-in-${windowNo}`).click();
    await expect(page.getByTestId('panel-window')).toHaveText(`${windowNo}号窗口`);
    await expect(page.getByTestId('window-status')).toBeVisible();
  }

  async remove(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    if (this.folder) rmSync(this.folder, { recursive: true, force: true });
  }
}
