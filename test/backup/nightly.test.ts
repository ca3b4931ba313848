// The nightly backup waits for the nightly sync: never inside the sync's window, never while an
// upload runs, so the copy holds the night's receipts. Timers are captured and fired on the manual clock.
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { BackupService } from '../../electron/backup/service';
import { backupSettings } from '../../electron/backup/settings';
import { queueSettings } from '../../electron/core/settings';
import { SettingsStore } from '../../electron/core/settings-store';
import { SyncRunner } from '../../electron/sync/runner';
import { makeTempDir, type TestHall } from '../support/hall';
import { HALL_ID, SECRET, hallWithClosedDays, startReceiver, type TestReceiver } from '../support/sync';
import { capturedTimers } from './support';

let t: TestHall | undefined;
let r: TestReceiver | undefined;
let folder: string | undefined;
afterEach(async () => {
  await r?.close();
  t?.cleanup();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const at = (local: string) => Date.parse(`${local}+08:00`);
const window = { start: '01:00', end: '05:00' };

test('the nightly backup runs after the sync has delivered, and holds its receipts', async () => {
  t = hallWithClosedDays(2);
  t.clock.set(at('2026-11-25T17:30:00'));
  r = await startReceiver({ now: () => t!.clock.now() });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const heldFetch: typeof fetch = async (...args) => {
    await held;
    return fetch(...args);
  };
  const sync = capturedTimers();
  const settings = { url: r.url, hallId: HALL_ID, secret: SECRET, chunkSize: 500, deadAfter: 3, timeoutMs: 5000, window };
  const runner = new SyncRunner(t.hall.db, t.clock, 'Asia/Shanghai', settings, undefined, sync.timers, undefined, undefined, heldFetch);
  runner.start();
  const timers = capturedTimers();
  const logged: string[] = [];
  const backup = new BackupService({
    db: t.hall.db,
    clock: t.clock,
    settings: new SettingsStore(t.hall.db, { ...backupSettings, timeZone: queueSettings.timeZone }, (m) => logged.push(m)),
    dataDir: t.dataDir,
    log: (m) => logged.push(m),
    publish: () => {},
    timers: timers.timers,
    syncState: () => ({ running: runner.status().running, window }),
  });
  folder = makeTempDir('tongban-backups-');
  // 04:00 lies inside the sync window on purpose: the backup must still wait for the sync.
  expect(backup.configure({ folder, keep: 14, time: '04:00' }).nextAt).toBe(new Date(at('2026-11-26T04:00:00')).toISOString());

  t.clock.set(at('2026-11-26T01:00:00'));
  sync.fire(at('2026-11-26T01:00:00') - at('2026-11-25T17:30:00')); // the upload starts, its answers held
  expect(runner.status().running).toBe(true);

  t.clock.set(at('2026-11-26T04:00:00'));
  timers.fire(at('2026-11-26T04:00:00') - at('2026-11-25T17:30:00'));
  expect(backup.status()).toMatchObject({ running: false, copies: [], nextAt: new Date(at('2026-11-26T05:00:00')).toISOString() });

  t.clock.set(at('2026-11-26T05:00:00'));
  timers.fire(3600_000); // the window is over but the upload still runs: look again in 5 minutes
  expect(backup.status()).toMatchObject({ running: false, copies: [], nextAt: new Date(at('2026-11-26T05:05:00')).toISOString() });

  release();
  expect((await runner.sendNow()).kind).toBe('delivered');
  t.clock.set(at('2026-11-26T05:05:00'));
  timers.fire(5 * 60_000);
  expect(backup.status().running).toBe(true);
  expect(await backup.idle()).toMatchObject({ ok: true, manual: false });

  const status = backup.status();
  expect(status.copies).toHaveLength(1);
  const copy = new Database(status.copies[0]!.path, { readonly: true });
  const days = copy.prepare("SELECT business_day AS day FROM sync_days WHERE status = 'delivered' ORDER BY 1").all();
  copy.close();
  expect(days).toEqual([{ day: '2026-11-23' }, { day: '2026-11-24' }]);
  // The next one is tomorrow night at 04:00 again.
  expect(status.nextAt).toBe(new Date(at('2026-11-27T04:00:00')).toISOString());
  expect(logged.some((m) => m.startsWith(`backup ${status.copies[0]!.file} written`))).toBe(true);
  backup.close();
  runner.stop();
});
