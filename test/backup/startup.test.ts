// The start-up check: a hall database with corrupt bytes in the middle is refused with a message that
// names the newest good backup and the exact restore command; the damaged file stays where it is.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { DamagedDatabaseError } from '../../electron/backup/startup-check';
import { openHall } from '../../electron/core/hall';
import { issue, login, run, type TestHall } from '../support/hall';
import { type BackupTestHall, backupHall, corruptMiddle, dbFile } from './support';

let t: BackupTestHall | undefined;
afterEach(() => {
  t?.cleanup();
  if (t) rmSync(t.folder, { recursive: true, force: true });
});

function refusal(dataDir: string, clock: TestHall['clock']): DamagedDatabaseError {
  try {
    openHall({ dataDir, demo: true, clock, log: () => {} }).close();
  } catch (error) {
    if (error instanceof DamagedDatabaseError) return error;
    throw error;
  }
  throw new Error('the damaged hall opened');
}

test('a damaged database is refused, naming the newest good backup and the restore command', async () => {
  t = backupHall();
  const kiosk = login(t.hall, 'kiosk');
  const admin = login(t.hall, 'admin');
  for (let i = 0; i < 1500; i++) issue(t.hall, kiosk, ['A', 'B', 'C', 'D'][i % 4]!);
  run(t.hall, 'backup.configure', { folder: t.folder }, admin);
  t.clock.advance(3600_000);
  run(t.hall, 'backup.runNow', {}, admin);
  await t.hall.backup.idle();
  t.clock.advance(3600_000);
  run(t.hall, 'backup.runNow', {}, admin);
  await t.hall.backup.idle();
  const newest = run(t.hall, 'backup.status', {}, admin).copies[0].path as string;
  t.hall.close(); // the last connection checkpoints the WAL into tongban.db

  corruptMiddle(dbFile(t.dataDir));
  const damaged = readFileSync(dbFile(t.dataDir));
  const error = refusal(t.dataDir, t.clock);
  expect(error.message).toContain(`the hall database ${dbFile(t.dataDir)} is damaged`);
  expect(error.message).toContain(`The newest good backup is ${newest}`);
  expect(error.message).toContain(`npm run restore -- --from "${newest}" --data "${t.dataDir}"`);
  expect(error.newestBackup).toBe(newest);
  // Refused without touching the file.
  expect(readFileSync(dbFile(t.dataDir)).equals(damaged)).toBe(true);

  // With the copies gone (the drive not plugged in), it still says what to do.
  rmSync(t.folder, { recursive: true, force: true });
  const without = refusal(t.dataDir, t.clock);
  expect(without.message).toMatch(/No good backup was found/);
  expect(without.message).toContain('npm run restore -- --from');
  expect(existsSync(dbFile(t.dataDir))).toBe(true);
});
