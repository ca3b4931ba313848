// Export, import and the catalogue import over real loopback HTTP: the manager exports and imports,
// a bad file is 400 naming the entry and field and changes nothing, a clerk is 403.
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

let s: TestServer | undefined;
afterEach(async () => s?.close());

test('GET /api/config/export, POST /api/config/import and /api/config/import-items', async () => {
  s = await startTestServer();
  const admin = await s.login('admin');
  const clerk = await s.login('1001');
  const exported = await s.api('GET', '/api/config/export', undefined, admin);
  expect(exported).toMatchObject({ status: 200, body: { format: 'tongban-config', version: 1 } });
  expect((await s.api('GET', '/api/config/export', undefined, clerk)).status).toBe(403);

  const file = exported.body;
  file.services[0].name['zh-CN'] = '社会保障';
  const dry = await s.api('POST', '/api/config/import', { file }, admin);
  expect(dry).toMatchObject({ status: 200, body: { applied: false } });
  expect(dry.body.sections.find((x: { section: string }) => x.section === 'services').changed[0]).toMatchObject({
    key: 'A',
    after: { name: { 'zh-CN': '社会保障' } },
  });
  const kiosk = await s.login('kiosk');
  const names = async () => (await s!.api('GET', '/api/services', undefined, kiosk)).body.map((x: { name: { 'zh-CN': string } }) => x.name['zh-CN']);
  expect(await names()).toContain('人社');

  file.items[3].serviceId = 'Q';
  const bad = await s.api('POST', '/api/config/import', { file, dryRun: false }, admin);
  expect(bad).toMatchObject({
    status: 400,
    body: { ok: false, error: { code: 'bad_request', field: 'items[3].serviceId', message: 'items[3].serviceId: no service Q in this file or hall' } },
  });
  expect(await names()).toContain('人社');
  file.items[3].serviceId = 'A';
  expect((await s.api('POST', '/api/config/import', { file, dryRun: false }, admin)).body.applied).toBe(true);
  expect(await names()).toContain('社会保障'); // live on the kiosk's list
  expect((await s.api('POST', '/api/config/import', { file }, clerk)).status).toBe(403);

  const data = readFileSync('resources/catalogue/sample-items.csv').toString('base64');
  const items = await s.api('POST', '/api/config/import-items', { format: 'csv', data, dryRun: false }, admin);
  expect(items).toMatchObject({ status: 200, body: { applied: true } });
  expect(items.body.sections[0].created).toHaveLength(66);
  const bad2 = await s.api(
    'POST',
    '/api/config/import-items',
    { format: 'csv', data: Buffer.from('事项编码,事项名称,业务类别,办理类型\nX1,某事项,城管,即办').toString('base64') },
    admin,
  );
  expect(bad2).toMatchObject({ status: 400, body: { error: { field: 'rows[2].业务类别' } } });
  expect((await s.api('POST', '/api/config/import-items', { format: 'csv', data: 'not base64!' }, admin)).body.error.field).toBe('data');
});
