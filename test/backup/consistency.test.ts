// A backup taken while tickets are being issued restores to a consistent hall: tickets are issued
// between the backup's steps, the copy is restored into a new folder and opened as a hall there.
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import type { IssuedTicket } from '../../electron/contract';
import { restoreCopy } from '../../electron/backup/restore';
import { openInspectableHall } from '../../electron/core/inspectable-hall';
import { issue, login, makeTempDir, run } from '../support/hall';
import { type BackupTestHall, backupHall, dbFile } from './support';

let t: BackupTestHall | undefined;
const dirs: string[] = [];
afterEach(() => {
  t?.cleanup();
  for (const d of [...dirs, t?.folder]) if (d) rmSync(d, { recursive: true, force: true });
});

test('tickets issued during the backup: the copy restores to a whole hall whose numbering continues', async () => {
  const during: IssuedTicket[] = [];
  let steps = 0;
  t = backupHall();
  const hall = t.reopenWith({
    pagesPerStep: 2,
    onStep: () => {
      steps += 1;
      during.push(issue(hall, kiosk, ['A', 'B', 'C'][steps % 3]!));
    },
  });
  const kiosk = login(hall, 'kiosk');
  const admin = login(hall, 'admin');
  const acknowledged: IssuedTicket[] = [];
  for (let i = 0; i < 300; i++) acknowledged.push(issue(hall, kiosk, ['A', 'B', 'C'][i % 3]!));

  run(hall, 'backup.configure', { folder: t.folder, keep: 3 }, admin);
  expect(run(hall, 'backup.runNow', {}, admin).running).toBe(true);
  const result = await hall.backup.idle();
  expect(result).toMatchObject({ ok: true, manual: true });
  expect(steps).toBeGreaterThan(10); // the backup really ran in many steps, with tickets between them
  const copy = run(hall, 'backup.status', {}, admin).copies[0];
  expect(copy).toMatchObject({ integrity: 'ok' });
  // Tickets go on after the backup; they are not in the copy, and must not clash with the restored numbering.
  issue(hall, kiosk, 'A');

  const target = makeTempDir('tongban-restored-');
  dirs.push(target);
  const lines = restoreCopy({ from: copy.path, dataDir: target });
  expect(lines.at(-1)).toContain('restored');
  const restored = openInspectableHall({ dataDir: target, demo: true, clock: t.clock, log: () => {} });
  try {
    expect(restored.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = restored.db.prepare('SELECT id, number, service_id AS service, seq FROM tickets').all() as {
      id: number;
      number: string;
      service: string;
      seq: number;
    }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const ticket of acknowledged) expect(byId.get(ticket.id)?.number).toBe(ticket.number);
    // Every ticket in the copy has its issue event (the transaction is whole, never half).
    const orphan = restored.db
      .prepare("SELECT count(*) AS n FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.ticket_id = t.id AND e.type = 'ticket.issued')")
      .get() as { n: number };
    expect(orphan.n).toBe(0);
    const next = issue(restored, login(restored, 'kiosk'), 'A');
    const maxA = Math.max(...rows.filter((r) => r.service === 'A').map((r) => r.seq));
    expect(next.number).toBe(`A${String(maxA + 1).padStart(3, '0')}`);
    const numbers = [...rows.map((r) => `${r.service}${r.seq}`), `A${maxA + 1}`];
    expect(new Set(numbers).size).toBe(numbers.length);
  } finally {
    restored.close();
  }
  // The copy itself is a plain self-contained file (no -wal needed beside it).
  const plain = new Database(copy.path, { readonly: true });
  expect(plain.pragma('journal_mode', { simple: true })).toBe('delete');
  plain.close();
  expect(dbFile(t.dataDir)).not.toBe(copy.path);
});
