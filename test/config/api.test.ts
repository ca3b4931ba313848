// The configuration over real loopback HTTP: a new service saved by the manager is on the kiosk's list
// at once; a clash is 400 with the field; a clerk is 403; the audit reads back what was done.
import { afterEach, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

let s: TestServer | undefined;
afterEach(async () => s?.close());

test('save a service, see it on the kiosk, read it in the audit', async () => {
  s = await startTestServer();
  const admin = await s.login('admin');
  const kiosk = await s.login('kiosk');
  const body = { id: 'P', prefix: 'P', name: { 'zh-CN': '养老', 'zh-TW': '養老', en: 'Pensions' } };
  const saved = await s.api('POST', '/api/config/services', body, admin);
  expect(saved).toMatchObject({ status: 200, body: { id: 'P', dailyCap: 999, enabled: true } });
  expect((await s.api('GET', '/api/services', undefined, kiosk)).body.map((x: { id: string }) => x.id)).toContain('P');
  const clash = await s.api('POST', '/api/config/services', { ...body, id: 'Q' }, admin);
  expect(clash).toMatchObject({ status: 400, body: { ok: false, error: { code: 'bad_request', field: 'prefix' } } });
  expect((await s.api('POST', '/api/config/services', body, await s.login('1001'))).status).toBe(403);
  expect((await s.api('POST', '/api/config/hall', { policyMode: 'pure' }, admin)).body).toMatchObject({ policyMode: 'pure' });
  const audit = await s.api('GET', '/api/audit?limit=2', undefined, admin);
  expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(['hall.updated', 'service.created']);
  expect((await s.api('GET', '/api/config/services', undefined, admin)).body.map((x: { id: string }) => x.id)).toContain('P');
  expect((await s.api('GET', '/api/config/hall', undefined, admin)).body).toMatchObject({ policyMode: 'pure' });
});
