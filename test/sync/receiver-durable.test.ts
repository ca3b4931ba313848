// The reference receiver answers a chunk only after its commit is on stable storage: the receiver runs
// in its own process under strace, and the system calls show the WAL synced (fdatasync/fsync of
// receiver.db-wal) after the request arrived and before the receipt was written to the socket. With
// `synchronous = NORMAL` no sync comes between them and this test fails.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test } from 'vitest';
import { BATCH_PATH, signedHeaders } from '../../electron/sync/signing';
import { makeTempDir } from '../support/hall';

const HALL = 'hall-durable';
const SECRET = 'durable-secret-0123456789';
const hasStrace = spawnSync('strace', ['-V']).status === 0;

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

interface Call {
  at: number;
  line: string;
}

test.skipIf(!hasStrace)('each receipt leaves the receiver only after the WAL holding its chunk was synced', async () => {
  const dir = makeTempDir('tongban-receiver-strace-');
  const trace = join(dir, 'trace');
  // -f: all threads; -ttt: ordered timestamps; -y: paths of file descriptors; -s: the first bytes written.
  const child = spawn(
    'strace',
    ['-f', '-qq', '-ttt', '-y', '-s', '48', '-e', 'trace=fdatasync,fsync,pwrite64,read,recvfrom,write,writev,sendto,sendmsg', '-o', trace, process.execPath, '--import', 'tsx', 'test/sync/fixtures/receiver-child.ts'],
    { env: { ...process.env, TONGBAN_RECEIVER_DATA: dir, TONGBAN_HALL: HALL, TONGBAN_SECRET: SECRET }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', () => reject(new Error('the receiver did not start')));
    });
    const receiver = JSON.parse(first) as { port: number; pid: number };
    const url = `http://127.0.0.1:${receiver.port}`;
    const days = ['2026-11-23', '2026-11-24', '2026-11-25'];
    for (const day of days) {
      const body = chunk(day);
      const response = await fetch(url + BATCH_PATH, { method: 'POST', headers: signedHeaders(HALL, SECRET, 'POST', BATCH_PATH, body, Date.now(), `${HALL}/${day}/v1/1-of-1`), body });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true, businessDay: day, complete: true });
    }
    process.kill(receiver.pid, 'SIGTERM'); // strace exits with it, the trace complete
    await exited;

    const calls: Call[] = readFileSync(trace, 'utf8')
      .split('\n')
      .map((line) => ({ at: Number(line.split(/\s+/)[1]), line }))
      .filter((c) => Number.isFinite(c.at));
    const onWal = (call: string) => new RegExp(`^\\S+\\s+\\S+\\s+${call}\\(\\d+<[^>]*receiver\\.db-wal>`);
    const walSyncs = calls.filter((c) => onWal('f(data)?sync').test(c.line) && c.line.endsWith('= 0'));
    const walWrites = calls.filter((c) => onWal('pwrite64').test(c.line));
    const socket = '\\d+<(?:socket|TCP)[^>]*>';
    const receipts = calls.filter((c) => new RegExp(`(write|writev|sendto|sendmsg)\\(${socket}, .*HTTP/1\\.1 200`).test(c.line));
    const requests = calls.filter((c) => new RegExp(`(read|recvfrom)\\(${socket}, "POST /api/v1/batches`).test(c.line));
    expect(receipts, 'receipts written to the socket').toHaveLength(days.length);
    expect(requests, 'requests read from the socket').toHaveLength(days.length);
    // Each request was committed to the WAL, and the last WAL write before its receipt was synced before
    // the receipt went out: what the receipt describes was on disk first.
    receipts.forEach((receipt, i) => {
      const from = requests[i]!.at;
      const written = walWrites.filter((w) => w.at >= from && w.at <= receipt.at).at(-1);
      expect(written, `a WAL write for request ${i + 1}`).toBeDefined();
      expect(walSyncs.some((s) => s.at >= written!.at && s.at <= receipt.at), `a WAL sync between the commit of request ${i + 1} and its receipt`).toBe(true);
    });
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
    // KEEP_TRACE=1 keeps the trace to look at.
    if (process.env.KEEP_TRACE) console.error(trace);
    else rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
