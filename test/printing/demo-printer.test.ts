// The demo hall's virtual printer: started with no printer configured, it says where it is (banner,
// endpoint.json), keeps an SVG and a JSON file per ticket, and its page sets its state, refusing bad
// requests with a reason.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { PrintResult } from '../../electron/contract';
import { startDevices } from '../../electron/devices';
import { startPrinting } from '../../electron/devices/printing';
import { issue, login, openSeededHall } from '../support/hall';
import { eventually } from './support';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function demoHall(demo = true) {
  const t = openSeededHall();
  cleanups.push(() => t.cleanup());
  const results: PrintResult[] = [];
  t.hall.subscribe((e) => e.name === 'print.result' && results.push(e.data));
  const devices = await startDevices({ hall: t.hall, config: {}, demo, dataDir: t.dataDir, log: () => {} }, [startPrinting]);
  cleanups.push(() => devices.close());
  return { t, devices, results };
}

test('no printer configured and not a demo: no printing module starts', async () => {
  const { devices } = await demoHall(false);
  expect(devices.modules).toEqual([]);
});

test('demo: banner and endpoint.json say where; each ticket becomes an SVG and a JSON file', async () => {
  const { t, devices, results } = await demoHall();
  const endpoint = JSON.parse(readFileSync(join(t.dataDir, 'virtual-printer', 'endpoint.json'), 'utf8'));
  expect(endpoint.printer).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
  expect(devices.banner.join('\n')).toContain(endpoint.viewer);
  expect(devices.banner.join('\n')).toContain(endpoint.tickets);
  issue(t.hall, login(t.hall, 'kiosk'), 'A');
  await eventually(() => results.length === 1);
  await eventually(() => existsSync(endpoint.tickets) && readdirSync(endpoint.tickets).length === 2, 'ticket files');
  expect(readdirSync(endpoint.tickets).sort()).toEqual(['0001-A001.json', '0001-A001.svg']);
  const saved = JSON.parse(readFileSync(join(endpoint.tickets, '0001-A001.json'), 'utf8'));
  expect(saved).toMatchObject({ seq: 1, printed: true, state: 'ok', cut: 'partial', warnings: [] });
  expect(readFileSync(join(endpoint.tickets, '0001-A001.svg'), 'utf8')).toMatch(/^<svg /);
});

test('the viewer page: state set and read back, bad requests refused with the reason', async () => {
  const { t } = await demoHall();
  const { viewer } = JSON.parse(readFileSync(join(t.dataDir, 'virtual-printer', 'endpoint.json'), 'utf8'));
  const post = (body: string) => fetch(`${viewer}/state`, { method: 'POST', body });
  const set = await post(JSON.stringify({ state: 'paper_out' }));
  expect(set.status).toBe(200);
  expect(await (await fetch(`${viewer}/state`)).json()).toMatchObject({ state: 'paper_out' });
  const unknown = await post(JSON.stringify({ state: 'jammed' }));
  expect(unknown.status).toBe(400);
  expect(((await unknown.json()) as { error: string }).error).toMatch(/state must be one of ok, near_end, paper_out, cover_open, offline/);
  const garbage = await post('state=ok');
  expect(garbage.status).toBe(400);
  expect(((await garbage.json()) as { error: string }).error).toMatch(/send JSON/);
  expect(await (await fetch(`${viewer}/state`)).json()).toMatchObject({ state: 'paper_out' });
  expect((await fetch(`${viewer}/nothing`)).status).toBe(404);
  const page = await (await fetch(viewer)).text();
  expect(page).toContain('Virtual ticket printer');
});
