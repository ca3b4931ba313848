// The hall log on disk: real files under DATA/logs, JSON lines with time, level, source, message and
// an error's stack; rotation by size with a bounded number of files; a normal close writes every
// line; a full disk (/dev/full) loses lines but never throws into the hall.
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { openFileLog, type FileLog } from '../../electron/log/file-log';
import { makeTempDir } from '../support/hall';
import { logFiles, readLines } from './support';

let dir: string;
let log: FileLog | null = null;
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await log?.close();
  log = null;
  rmSync(dir, { recursive: true, force: true });
});

test('lines land in DATA/logs as JSON with time, level, source, message, fields and the stack', async () => {
  dir = makeTempDir('tongban-log-');
  log = await openFileLog({ dataDir: dir });
  expect(log.dir).toBe(join(dir, 'logs'));
  log.logger.info('hall started', { url: 'http://127.0.0.1:7300' });
  log.logger.child('devices')('keypad:3: refused: nobody is signed in at window 3');
  log.logger.child('sync').error('sync fault', new Error('disk I/O error'), { day: '2026-11-23' });
  log.logger('rollover failed', 'not an Error');
  log.logger.warn('a PIN field never lands', { pin: '000000', token: 'abc', nested: { secret: 's' } });
  await log.flush();

  expect(log.currentFile()).toMatch(/logs\/hall\.\d{4}-\d{2}-\d{2}\.1\.log$/);
  const lines = readLines(log.dir);
  expect(lines.map((l) => [l.level, l.source, l.msg])).toEqual([
    ['info', 'core', 'hall started'],
    ['warn', 'devices', 'keypad:3: refused: nobody is signed in at window 3'],
    ['error', 'sync', 'sync fault'],
    ['error', 'core', 'rollover failed'],
    ['warn', 'core', 'a PIN field never lands'],
  ]);
  for (const l of lines) expect(Date.parse(l.time)).toBeGreaterThan(0);
  expect(lines[0]!.url).toBe('http://127.0.0.1:7300');
  expect(lines[2]).toMatchObject({ day: '2026-11-23', err: { type: 'Error', message: 'disk I/O error' } });
  expect(lines[2]!.err!.stack).toContain('file-log.test.ts');
  expect(lines[3]!.err).toEqual({ type: 'string', message: 'not an Error' });
  const raw = readFileSync(log.currentFile(), 'utf8');
  expect(raw).not.toContain('000000');
  expect(raw).not.toContain('"abc"');
  expect(lines[4]).toMatchObject({ pin: '[redacted]', token: '[redacted]', nested: { secret: '[redacted]' } });
});

test('a normal close writes every line logged before it', async () => {
  dir = makeTempDir('tongban-log-');
  log = await openFileLog({ dataDir: dir });
  for (let i = 0; i < 2000; i++) log.logger.info(`line ${i}`, { i });
  await log.close();
  const lines = readLines(join(dir, 'logs'));
  expect(lines).toHaveLength(2000);
  expect(lines.at(-1)!.msg).toBe('line 1999');
  // Logging after the close is lost quietly, never thrown at the hall.
  expect(() => log!.logger.error('late', new Error('x'))).not.toThrow();
});

test('rotation by size: a new numbered file, and never more files than kept', async () => {
  dir = makeTempDir('tongban-log-');
  log = await openFileLog({ dataDir: dir, maxBytes: 4096, keep: 3 });
  const rotations: number[] = [];
  let rotated = () => {};
  log.onRotated(() => {
    rotations.push(logFiles(log!.dir).length);
    rotated();
  });
  const line = 'x'.repeat(300);
  // Each round writes past the limit and waits for pino-roll to say it rotated (and pruned).
  for (let round = 1; round <= 5; round++) {
    const done = new Promise<void>((resolve) => (rotated = resolve));
    for (let i = 0; i < 16; i++) log.logger.info(`round ${round} line ${i} ${line}`);
    await done;
  }
  // A line written after the last rotation: once it is on disk, the newest file is open.
  log.logger.info('after the last rotation');
  await log.flush();
  expect(readLines(log.dir).at(-1)!.msg).toBe('after the last rotation');
  expect(rotations).toHaveLength(5);
  const files = logFiles(log.dir);
  expect(files.length).toBeLessThanOrEqual(3);
  expect(Math.max(...rotations)).toBeLessThanOrEqual(3);
  // The newest file is the one being written; the numbers went up with each rotation.
  expect(log.currentFile().endsWith(files.at(-1)!)).toBe(true);
  expect(Number(files.at(-1)!.split('.')[2])).toBe(6);
});

test("a restart appends to the day's newest file instead of starting over", async () => {
  dir = makeTempDir('tongban-log-');
  log = await openFileLog({ dataDir: dir });
  log.logger.info('first run');
  await log.close();
  log = await openFileLog({ dataDir: dir });
  log.logger.info('second run');
  await log.flush();
  expect(readLines(log.dir).map((l) => l.msg)).toEqual(['first run', 'second run']);
});

test('a log folder that cannot be made: the lines go to the console, the hall starts anyway', async () => {
  dir = makeTempDir('tongban-log-');
  writeFileSync(join(dir, 'logs'), 'a file where the folder should be');
  log = await openFileLog({ dataDir: dir });
  expect(() => log!.logger.error('still fine', new Error('x'))).not.toThrow();
  expect(log.stats().errors).toBe(1);
});

test('a full disk loses log lines, never the hall: nothing throws, errors are counted, close returns', async () => {
  dir = makeTempDir('tongban-log-');
  const first = await openFileLog({ dataDir: dir });
  const name = first.currentFile();
  await first.close();
  rmSync(name, { force: true });
  mkdirSync(join(dir, 'logs'), { recursive: true });
  symlinkSync('/dev/full', name); // every write answers ENOSPC
  log = await openFileLog({ dataDir: dir });
  expect(log.currentFile()).toBe(name);
  for (let i = 0; i < 200; i++) expect(() => log!.logger.error(`fault ${i}`, new Error('boom'))).not.toThrow();
  await log.flush(); // resolves: the error is the signal that these lines will not come
  expect(log.stats().errors).toBeGreaterThan(0);
  await log.close();
  expect(existsSync(name)).toBe(true);
});
