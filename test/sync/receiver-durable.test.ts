// The reference receiver answers a chunk only after its commit is on stable storage: the receiver runs
// in its own process under strace, and the system calls show the WAL synced (fdatasync/fsync of
// receiver.db-wal) after the request was read and before the receipt was written to the socket. The
// same run with `synchronous = NORMAL` must be caught. The trace is read by the same parser as the
// hall's (test/durability/trace.ts), which pairs each answer with the reads of its own socket, so a
// request read in several pieces (or several requests in one read) cannot confuse it.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { BATCH_PATH, signedHeaders } from '../../electron/sync/signing';
import { answersInTrace, traceChild } from '../durability/trace';
import { makeTempDir } from '../support/hall';

const HALL = 'hall-durable';
const SECRET = 'durable-secret-0123456789';
const DAYS = ['2026-11-23', '2026-11-24', '2026-11-25'];
const hasStrace = spawnSync('strace', ['-V']).status === 0;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const chunk = (day: string) =>
  JSON.stringify({
    schema: 'tongban.day-batch',
    version: 1,
    hallId: HALL,
    businessDay: day,
    chunk: { index: 0, count: 1 },
    totals: { tickets: 0, ratings: 0, followUpSteps: 0, duty: 0 },
    tickets: [],
    ratings: [],
    followUpSteps: [],
    duty: [],
  });

async function traceReceiver(weaken: boolean): Promise<string> {
  const dir = makeTempDir('tongban-receiver-strace-');
  dirs.push(dir);
  const receiver = await traceChild<{ port: number; pid: number }>(
    'test/sync/fixtures/receiver-child.ts',
    { TONGBAN_RECEIVER_DATA: dir, TONGBAN_HALL: HALL, TONGBAN_SECRET: SECRET, TONGBAN_WEAKEN: weaken ? '1' : '0' },
    join(dir, 'strace.log'),
  );
  try {
    for (const day of DAYS) {
      const body = chunk(day);
      const headers = signedHeaders(HALL, SECRET, 'POST', BATCH_PATH, body, Date.now(), `${HALL}/${day}/v1/1-of-1`);
      const response = await fetch(`http://127.0.0.1:${receiver.info.port}${BATCH_PATH}`, { method: 'POST', headers, body });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true, businessDay: day, complete: true });
    }
  } catch (e) {
    await receiver.stop();
    throw e;
  }
  return receiver.stop();
}

const isReceipt = (line: string) => line.includes('HTTP/1.1 200');

test.skipIf(!hasStrace)(
  'each receipt leaves the receiver only after the WAL holding its chunk was synced',
  async () => {
    const receipts = answersInTrace(await traceReceiver(false), isReceipt, 'receiver.db-wal');
    expect(receipts.length, 'the trace saw every receipt').toBe(DAYS.length);
    expect(receipts.filter((r) => !r.synced).map((r) => r.line)).toEqual([]);
  },
  60_000,
);

test.skipIf(!hasStrace)(
  'with the WAL sync turned off, the same check catches the unsynced receipts',
  async () => {
    const receipts = answersInTrace(await traceReceiver(true), isReceipt, 'receiver.db-wal');
    expect(receipts.length).toBe(DAYS.length);
    expect(receipts.filter((r) => !r.synced).length).toBeGreaterThan(DAYS.length / 2);
  },
  60_000,
);
