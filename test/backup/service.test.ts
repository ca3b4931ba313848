// The backup service through the hall's commands: generations pruned to N (copies only; files the
// hall did not make and the live database untouched), the alerts for a missing or failed backup and a
// full disk, and the console's view of them.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { HallEvent } from '../../electron/contract';
import { login, refuse, run } from '../support/hall';
import { type BackupTestHall, backupHall, dbFile } from './support';

let t: BackupTestHall | undefined;
afterEach(() => {
  t?.cleanup();
  if (t) rmSync(t.folder, { recursive: true, force: true });
});

const HOUR = 3600_000;

test('copies beyond N generations are removed; a file the hall did not make is left alone', async () => {
  t = backupHall();
  const admin = login(t.hall, 'admin');
  const foreign = join(t.folder, 'tongban-20200101-000000.db');
  writeFileSync(foreign, 'a copy someone put here by hand');
  run(t.hall, 'backup.configure', { folder: t.folder, keep: 3 }, admin);
  const made: string[] = [];
  for (let i = 0; i < 5; i++) {
    t.clock.advance(HOUR);
    run(t.hall, 'backup.runNow', {}, admin);
    const result = await t.hall.backup.idle();
    expect(result?.ok).toBe(true);
    made.push(result!.file!);
  }
  const status = run(t.hall, 'backup.status', {}, admin);
  expect(status.copies.filter((c: any) => c.integrity === 'ok').map((c: any) => c.file)).toEqual(made.slice(2).reverse());
  expect(status.copies.at(-1)).toMatchObject({ file: 'tongban-20200101-000000.db', integrity: null });
  expect(status.copies[0]).toMatchObject({ ageSeconds: 0, size: expect.any(Number) });
  expect(status.copies[1].ageSeconds).toBe(3600);
  expect(existsSync(foreign)).toBe(true);
  expect(existsSync(dbFile(t.dataDir))).toBe(true);
  expect(readdirSync(t.folder).filter((f) => f.endsWith('.partial'))).toEqual([]);
  expect(status.restoreCommand).toBe(`npm run restore -- --from "${join(t.folder, made[4]!)}" --data "${t.dataDir}"`);
});

test('alerts: none configured, then missing, then failed; the consoles hear them without paths', async () => {
  t = backupHall();
  const admin = login(t.hall, 'admin');
  const clerk = login(t.hall, '1001');
  const events: HallEvent[] = [];
  t.hall.subscribe((e) => e.name === 'backup.changed' && events.push(e));
  expect(run(t.hall, 'backup.alerts', {}, clerk)).toEqual({ alerts: ['not_configured'], running: false });
  expect(refuse(t.hall, 'backup.alerts', {}, login(t.hall, 'kiosk')).code).toBe('forbidden');
  expect(refuse(t.hall, 'backup.runNow', {}, admin).code).toBe('conflict');

  run(t.hall, 'backup.configure', { folder: t.folder }, admin);
  expect(run(t.hall, 'backup.alerts', {}, clerk).alerts).toEqual(['missing']);
  run(t.hall, 'backup.runNow', {}, admin);
  await t.hall.backup.idle();
  expect(run(t.hall, 'backup.alerts', {}, clerk).alerts).toEqual([]);
  t.clock.advance(35 * HOUR);
  expect(run(t.hall, 'backup.alerts', {}, clerk).alerts).toEqual([]);
  t.clock.advance(2 * HOUR);
  expect(run(t.hall, 'backup.alerts', {}, clerk).alerts).toEqual(['missing']);

  // The drive is pulled: the next backup fails, and says why.
  rmSync(t.folder, { recursive: true, force: true });
  run(t.hall, 'backup.runNow', {}, admin);
  expect(await t.hall.backup.idle()).toMatchObject({ ok: false, error: expect.stringMatching(/does not exist/) });
  expect(run(t.hall, 'backup.alerts', {}, clerk).alerts).toEqual(['missing', 'failed']);
  expect(run(t.hall, 'backup.status', {}, admin)).toMatchObject({ alerts: ['missing', 'failed'], lastRun: { ok: false, manual: true }, copies: [] });
  expect(events.map((e) => e.data)).toEqual([
    { alerts: ['missing'], running: false },
    { alerts: ['missing'], running: true },
    { alerts: [], running: false },
    { alerts: ['missing'], running: true },
    { alerts: ['missing', 'failed'], running: false },
  ]);
  expect(JSON.stringify(events)).not.toContain(t.folder);
  // The failure survives a restart.
  const hall = t.reopen();
  expect(run(hall, 'backup.alerts', {}, login(hall, '1001')).alerts).toContain('failed');
});

test('a nearly full data disk is an alert (and a log line) before writes fail', () => {
  t = backupHall();
  const disk = { freeBytes: 80 * 2 ** 30, totalBytes: 100 * 2 ** 30 };
  const hall = t.reopenWith({ statfs: () => disk });
  const admin = login(hall, 'admin');
  expect(run(hall, 'backup.status', {}, admin)).toMatchObject({ disk: { freeBytes: disk.freeBytes, low: false }, alerts: ['not_configured'] });
  disk.freeBytes = 400 * 2 ** 20; // below 500 MiB
  const low = t.reopenWith({ statfs: () => disk });
  expect(run(low, 'backup.alerts', {}, login(low, '1001')).alerts).toEqual(['not_configured', 'disk_low']);
  disk.freeBytes = 4 * 2 ** 30; // 4 GiB of 100: below 5 %
  const share = t.reopenWith({ statfs: () => disk });
  expect(run(share, 'backup.alerts', {}, login(share, '1001')).alerts).toContain('disk_low');
});
