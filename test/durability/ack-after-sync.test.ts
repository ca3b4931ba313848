// "Acknowledged means durable", observed from outside: the hall runs in its own process under strace,
// tickets are issued over HTTP and over the WebSocket, and every answer must come after an fdatasync
// of the WAL that followed the request. The same run with the WAL sync turned off must be caught.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { makeTempDir, MONDAY_9AM } from '../support/hall';
import { connectEvents } from '../support/ws';
import { answersInTrace, traceChild } from './trace';

const HTTP_TICKETS = 20;
const WS_TICKETS = 10;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const isTicketAnswer = (line: string) => line.includes('HTTP/1.1 201') || line.includes('\\"type\\":\\"result\\"');

async function traceHall(weaken: boolean): Promise<string> {
  expect(spawnSync('strace', ['-V']).error, 'strace is missing: test/system-deps.sh installs it').toBeUndefined();
  const dataDir = makeTempDir('tongban-durable-');
  dirs.push(dataDir);
  const hall = await traceChild<{ url: string; pid: number }>(
    'test/durability/fixtures/hall-child.ts',
    { TONGBAN_DATA: dataDir, TONGBAN_NOW: String(MONDAY_9AM), TONGBAN_WEAKEN: weaken ? '1' : '0' },
    join(dataDir, 'strace.log'),
  );
  const { url } = hall.info;
  try {
    const login = await fetch(`${url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'kiosk', pin: '8888' }),
    });
    const { token } = (await login.json()) as { token: string };
    for (let i = 0; i < HTTP_TICKETS; i++) {
      const r = await fetch(`${url}/api/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ serviceId: 'A' }),
      });
      expect(r.status).toBe(201);
      await r.text();
    }
    const ws = await connectEvents(url);
    ws.send({ type: 'auth', token });
    await ws.next((m) => m.type === 'auth');
    for (let id = 1; id <= WS_TICKETS; id++) {
      ws.send({ type: 'cmd', id, name: 'tickets.issue', input: { serviceId: 'B' } });
      const answer = await ws.next((m) => m.type === 'result' && m.id === id, 10_000);
      expect(answer.result.ok).toBe(true);
    }
    ws.close();
  } catch (e) {
    await hall.stop();
    throw e;
  }
  return hall.stop();
}

test('every ticket answer (HTTP and WebSocket) goes out after the WAL is synced', async () => {
  const answers = answersInTrace(await traceHall(false), isTicketAnswer);
  expect(answers.length).toBe(HTTP_TICKETS + WS_TICKETS); // the trace really saw every answer
  expect(answers.filter((a) => !a.synced).map((a) => a.line)).toEqual([]);
}, 60_000);

test('with the WAL sync turned off, the same check catches the unsynced answers', async () => {
  const answers = answersInTrace(await traceHall(true), isTicketAnswer);
  expect(answers.length).toBe(HTTP_TICKETS + WS_TICKETS);
  expect(answers.filter((a) => !a.synced).length).toBeGreaterThan((HTTP_TICKETS + WS_TICKETS) / 2);
}, 60_000);
