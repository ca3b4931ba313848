import { afterEach, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../../electron/server/server';
import { openTestHall, type TestHall } from '../support/hall';

let t: TestHall;
afterEach(() => t.cleanup());

test('a port in use is reported and leaves nothing half-started behind', async () => {
  t = openTestHall();
  const first = await startServer({ hall: t.hall, host: '127.0.0.1', port: 0 });
  await expect(startServer({ hall: t.hall, host: '127.0.0.1', port: first.port })).rejects.toThrow(/EADDRINUSE/);
  // The running server is unaffected.
  const response = await fetch(`${first.url}/api/health`);
  expect(response.status).toBe(200);
  await first.close();
});

test('stopping does not wait for a client that stopped reading a response', async () => {
  t = openTestHall();
  // A clip far larger than the socket buffers, so its response is still being written at close().
  const voiceDir = join(t.dataDir, 'voice');
  mkdirSync(join(voiceDir, 'zh-CN'), { recursive: true });
  writeFileSync(join(voiceDir, 'zh-CN', 'big.wav'), Buffer.alloc(16 * 1024 * 1024));
  const server = await startServer({ hall: t.hall, host: '127.0.0.1', port: 0, voiceDir });
  const response = await fetch(`${server.url}/voice/zh-CN/big.wav`);
  expect(response.status).toBe(200);
  // The body is never read: the hall must still stop (a quit never hangs on a browser on the LAN).
  await server.close();
  await expect(response.arrayBuffer()).rejects.toThrow();
});
