// The duty report and the appraisal sheets over the LAN server: the manager's only, bad input 400 with
// the field named (and 404 for an unknown clerk); a sign-in shows up as a shift of that clerk.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

let s: TestServer;
beforeEach(async () => {
  s = await startTestServer();
});
afterEach(async () => s.close());

test('a clerk signed in appears with an open shift and a sheet; clerks may not read either', async () => {
  const clerk = await s.login('1001');
  await s.api('POST', '/api/windows/1/sign-in', {}, clerk);
  const admin = await s.login('admin');
  const day = (await s.api('GET', '/api/health')).body.businessDay as string;
  const duty = await s.api('GET', `/api/reports/duty?from=${day}&to=${day}`, undefined, admin);
  expect(duty.status).toBe(200);
  expect(duty.body.clerks).toMatchObject([{ clerkId: '1001', daysWorked: 1, shifts: [{ day, windowNo: 1, open: true }] }]);
  const sheets = await s.api('GET', `/api/reports/appraisal?month=${day.slice(0, 7)}&clerkId=1001`, undefined, admin);
  expect(sheets.status).toBe(200);
  expect(sheets.body.sheets).toMatchObject([{ clerkId: '1001', daysWorked: 1, figures: { served: 0 } }]);
  expect((await s.api('GET', `/api/reports/duty?from=${day}&to=${day}`, undefined, clerk)).status).toBe(403);
  expect((await s.api('GET', `/api/reports/appraisal?month=${day.slice(0, 7)}`, undefined, clerk)).status).toBe(403);
});

test.each([
  ['/api/reports/duty?from=2026-12-07&to=2026-12-01', 400, 'to'],
  ['/api/reports/duty?from=2026-12-01', 400, 'to'],
  ['/api/reports/appraisal?month=2026-13', 400, 'month'],
  ['/api/reports/appraisal?month=2026-12&clerkId=nobody', 404, 'clerkId'],
])('%s → %i at %s', async (path, status, field) => {
  const admin = await s.login('admin');
  const r = await s.api('GET', path, undefined, admin);
  expect(r.status).toBe(status);
  expect(r.body.error.field).toBe(field);
});
