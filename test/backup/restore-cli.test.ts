// `npm run restore` end to end as a child process (the same command line): it refuses while the
// hall runs on the folder, a damaged copy and a copy from a newer Tongban; otherwise it moves the old
// database aside (never deletes it), puts the copy in place, and the hall opens it.
import { execFile } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { openInspectableHall } from '../../electron/core/inspectable-hall';
import { issue, login, run } from '../support/hall';
import { type BackupTestHall, backupHall, corruptMiddle, dbFile } from './support';

let t: BackupTestHall | undefined;
afterEach(() => {
  t?.cleanup();
  if (t) rmSync(t.folder, { recursive: true, force: true });
});

async function restoreCli(from: string, data: string): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      'electron/backup/restore-cli.ts',
      '--from',
      from,
      '--data',
      data,
    ]);
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

// Six `tsx` child processes, each a cold TypeScript start: on a busy 2-core CI machine that has taken most of
// a minute, so the limit is generous (it is a hang guard, not a timing goal).
test('the restore CLI checks the copy, refuses a running hall, and keeps the old database aside', { timeout: 240_000 }, async () => {
  t = backupHall();
  const admin = login(t.hall, 'admin');
  const kiosk = login(t.hall, 'kiosk');
  const kept = issue(t.hall, kiosk, 'A');
  run(t.hall, 'backup.configure', { folder: t.folder }, admin);
  run(t.hall, 'backup.runNow', {}, admin);
  await t.hall.backup.idle();
  const copy = run(t.hall, 'backup.status', {}, admin).copies[0].path as string;
  const lost = issue(t.hall, kiosk, 'A'); // after the backup: the restored hall will not have it

  const running = await restoreCli(copy, t.dataDir);
  expect(running.code).toBe(1);
  expect(running.err).toContain(`restore refused: the hall is running on ${t.dataDir}`);
  t.hall.close();
  const before = readFileSync(dbFile(t.dataDir));

  const damaged = join(t.folder, 'damaged.db');
  copyFileSync(copy, damaged);
  corruptMiddle(damaged, 1, 4096);
  const refusedDamaged = await restoreCli(damaged, t.dataDir);
  expect(refusedDamaged).toMatchObject({ code: 1, err: expect.stringContaining('failed its integrity check') });
  const newer = join(t.folder, 'newer.db');
  copyFileSync(copy, newer);
  const db = new Database(newer);
  db.pragma('user_version = 999');
  db.close();
  expect(await restoreCli(newer, t.dataDir)).toMatchObject({ code: 1, err: expect.stringContaining('newer than this Tongban') });
  expect(await restoreCli(copy, '')).toMatchObject({ code: 2 });
  expect(readFileSync(dbFile(t.dataDir)).equals(before)).toBe(true);

  const done = await restoreCli(copy, t.dataDir);
  expect(done.code, done.err).toBe(0);
  expect(done.out).toContain(`checked ${copy}: integrity ok`);
  const aside = readdirSync(t.dataDir).find((f) => /^tongban\.before-restore-\d{8}-\d{6}\.db$/.test(f))!;
  expect(done.out).toContain(`moved ${dbFile(t.dataDir)} aside to ${join(t.dataDir, aside)}`);
  expect(readFileSync(join(t.dataDir, aside)).equals(before)).toBe(true); // the old database, byte for byte
  expect(readFileSync(dbFile(t.dataDir)).equals(readFileSync(copy))).toBe(true);

  const hall = openInspectableHall({ dataDir: t.dataDir, demo: true, clock: t.clock, log: () => {} });
  try {
    const numbers = (hall.db.prepare('SELECT number FROM tickets').all() as { number: string }[]).map((r) => r.number);
    expect(numbers).toContain(kept.number);
    expect(numbers).not.toContain(lost.number);
  } finally {
    hall.close();
  }
});
