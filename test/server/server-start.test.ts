import { afterEach, expect, test } from 'vitest';
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
