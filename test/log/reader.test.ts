// Reading the log back for the manager: newest first, by level, a page at a time across rotated
// files, over real files; torn and foreign lines are skipped, long lines are whole, and one request
// never reads more than the scan budget.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { HallFault, type LogLineView } from '../../electron/contract';
import { listLogFiles, readLogFile } from '../../electron/log/log-files';
import { readLogPage, SCAN_BUDGET } from '../../electron/log/log-reader';
import { makeTempDir } from '../support/hall';

let dir: string;
beforeEach(() => {
  dir = join(makeTempDir('tongban-log-read-'), 'logs');
  mkdirSync(dir);
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const line = (n: number, level = 'info', extra: object = {}) =>
  JSON.stringify({ level, time: new Date(Date.UTC(2026, 11, 1, 8, 0, n)).toISOString(), pid: 1, source: 'core', msg: `line ${n}`, ...extra });

function writeFile(name: string, lines: string[], tail = '\n') {
  writeFileSync(join(dir, name), lines.join('\n') + tail);
}

const msgs = (lines: LogLineView[]) => lines.map((l) => l.msg);

/** Every page until the end, following the cursors. */
function allPages(level: 'info' | 'warn' | 'error', limit: number): string[][] {
  const pages: string[][] = [];
  let before: string | undefined;
  do {
    const page = readLogPage(dir, { level, limit, before });
    pages.push(msgs(page.lines));
    before = page.next ?? undefined;
  } while (before);
  return pages;
}

test('files newest first by day then number; the newest is current', () => {
  writeFile('hall.2026-11-30.1.log', [line(1)]);
  writeFile('hall.2026-12-01.2.log', [line(2)]);
  writeFile('hall.2026-12-01.10.log', [line(3)]);
  writeFileSync(join(dir, 'notes.txt'), 'not a log file');
  const files = listLogFiles(dir);
  expect(files.map((f) => [f.name, f.current])).toEqual([
    ['hall.2026-12-01.10.log', true],
    ['hall.2026-12-01.2.log', false],
    ['hall.2026-11-30.1.log', false],
  ]);
  expect(files[0]!.size).toBe(line(3).length + 1);
});

test('pages newest first across files, every line once, by level', () => {
  writeFile('hall.2026-11-30.1.log', [line(1), line(2, 'error'), line(3)]);
  writeFile('hall.2026-12-01.1.log', [line(4, 'warn'), line(5), line(6, 'error', { err: { type: 'Error', message: 'boom', stack: 'Error: boom\n at x' } })]);
  writeFile('hall.2026-12-01.2.log', [line(7), line(8, 'fatal')]);
  expect(allPages('info', 2)).toEqual([
    ['line 8', 'line 7'],
    ['line 6', 'line 5'],
    ['line 4', 'line 3'],
    ['line 2', 'line 1'],
  ]);
  expect(allPages('info', 3)).toEqual([
    ['line 8', 'line 7', 'line 6'],
    ['line 5', 'line 4', 'line 3'],
    ['line 2', 'line 1'],
  ]);
  expect(allPages('warn', 10)).toEqual([['line 8', 'line 6', 'line 4', 'line 2']]);
  expect(allPages('error', 1)).toEqual([['line 8'], ['line 6'], ['line 2'], []]);

  const page = readLogPage(dir, { level: 'error', limit: 2 });
  expect(page.lines[1]).toEqual({
    time: '2026-12-01T08:00:06.000Z',
    level: 'error',
    source: 'core',
    msg: 'line 6',
    err: { type: 'Error', message: 'boom', stack: 'Error: boom\n at x' },
    at: `hall.2026-12-01.1.log@${line(4, 'warn').length + line(5).length + 2}`,
  });
  expect(page.files.map((f) => f.name)).toEqual(['hall.2026-12-01.2.log', 'hall.2026-12-01.1.log', 'hall.2026-11-30.1.log']);
});

test('fields other than the known ones are kept; torn, foreign and blank lines are skipped', () => {
  writeFile(
    'hall.2026-12-01.1.log',
    [line(1, 'warn', { command: 'tickets.issue', code: 'forbidden', principal: 'clerk' }), 'garbage {', '', '{"msg":"no level"}', line(2)],
    '\n{"level":"info","msg":"torn',
  );
  const page = readLogPage(dir, { level: 'info', limit: 10 });
  expect(msgs(page.lines)).toEqual(['line 2', 'line 1']);
  expect(page.lines[1]!.fields).toEqual({ command: 'tickets.issue', code: 'forbidden', principal: 'clerk' });
  expect(page.next).toBeNull();
});

test('a line longer than a read chunk comes back whole', () => {
  const stack = 'at frame\n'.repeat(20_000); // ~180 KB, beyond the 64 KB chunks
  writeFile('hall.2026-12-01.1.log', [line(1), line(2, 'error', { err: { type: 'Error', message: 'deep', stack } }), line(3)]);
  expect(allPages('info', 1)).toEqual([['line 3'], ['line 2'], ['line 1']]);
  expect(readLogPage(dir, { level: 'error', limit: 5 }).lines[0]!.err!.stack).toBe(stack);
});

test('a cursor into a file that rotated away goes on with the next older file', () => {
  writeFile('hall.2026-11-30.1.log', [line(1)]);
  writeFile('hall.2026-12-01.3.log', [line(3)]);
  expect(msgs(readLogPage(dir, { level: 'info', limit: 5, before: 'hall.2026-12-01.2.log@100' }).lines)).toEqual(['line 1']);
  expect(readLogPage(dir, { level: 'info', limit: 5, before: 'hall.2026-11-01.1.log@5' }).lines).toEqual([]);
});

test('a rare level over big files answers within the scan budget, with a cursor to go on', () => {
  const filler = Array.from({ length: Math.ceil((SCAN_BUDGET * 1.5) / 120) }, (_, i) => line(i % 60, 'info', { pad: 'p'.repeat(40) }));
  writeFile('hall.2026-12-01.1.log', [line(1, 'error'), ...filler]);
  const first = readLogPage(dir, { level: 'error', limit: 10 });
  expect(first.lines).toEqual([]);
  expect(first.next).toMatch(/^hall\.2026-12-01\.1\.log@\d+$/);
  const second = readLogPage(dir, { level: 'error', limit: 10, before: first.next! });
  expect(msgs(second.lines)).toEqual(['line 1']);
  expect(second.next).toBeNull();
});

test('a file for download: whole, by name or the current one; unknown names are not_found', () => {
  writeFile('hall.2026-11-30.1.log', [line(1)]);
  writeFile('hall.2026-12-01.1.log', [line(2)]);
  expect(readLogFile(dir)).toEqual({ name: 'hall.2026-12-01.1.log', size: line(2).length + 1, text: `${line(2)}\n`, truncated: false });
  expect(readLogFile(dir, 'hall.2026-11-30.1.log').text).toBe(`${line(1)}\n`);
  expect(() => readLogFile(dir, 'hall.2026-11-29.1.log')).toThrow(HallFault);
  expect(listLogFiles(join(dir, 'missing'))).toEqual([]);
});
