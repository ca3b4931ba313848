// The backup API over real loopback HTTP: a bad folder gets 400 with the field and changes nothing;
// a good one is stored, "back up now" answers at once with running, and the copy then shows in the list.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { makeTempDir } from '../support/hall';
import { startTestServer, type TestServer } from '../support/server';

let s: TestServer | undefined;
let folder: string | undefined;
afterEach(async () => {
  await s?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test('a bad folder is 400 with field folder and changes nothing; a good one takes backups', async () => {
  s = await startTestServer();
  folder = makeTempDir('tongban-backups-');
  const admin = await s.login('admin');
  const aFile = join(folder, 'not-a-folder.txt');
  writeFileSync(aFile, 'x');
  const bad: [unknown, string, RegExp][] = [
    [{ folder: 'backups' }, 'folder', /absolute/],
    [{ folder: join(folder, 'missing') }, 'folder', /does not exist/],
    [{ folder: aFile }, 'folder', /not a folder/],
    [{ folder: s.dataDir }, 'folder', /data folder itself/],
    [{ folder: '/proc' }, 'folder', /not writable/],
    [{ folder: '' }, 'folder', /./],
    [{ folder, keep: 0 }, 'keep', /./],
    [{ folder, time: '25:00' }, 'time', /HH:mm/],
    [{ folder, extra: 1 }, 'extra', /./],
  ];
  for (const [body, field, message] of bad) {
    const r = await s.api('POST', '/api/backup/config', body, admin);
    expect(r.status, JSON.stringify(body)).toBe(400);
    expect(r.body).toMatchObject({ ok: false, error: { code: 'bad_request', field } });
    expect(r.body.error.message).toMatch(message);
  }
  expect((await s.api('GET', '/api/backup', undefined, admin)).body).toMatchObject({ folder: null, alerts: ['not_configured'] });
  expect((await s.api('POST', '/api/backup/run-now', {}, admin)).status).toBe(409);
  const clerk = await s.login('1001');
  expect((await s.api('GET', '/api/backup', undefined, clerk)).status).toBe(403);
  expect((await s.api('GET', '/api/backup/alerts', undefined, clerk)).body).toEqual({ alerts: ['not_configured'], running: false });

  const configured = await s.api('POST', '/api/backup/config', { folder, keep: 7, time: '06:00' }, admin);
  expect(configured).toMatchObject({ status: 200, body: { folder, keep: 7, time: '06:00', copies: [], alerts: ['missing'] } });
  // Only the folder again (the drive got a new letter): the other settings stay.
  expect((await s.api('POST', '/api/backup/config', { folder }, admin)).body).toMatchObject({ keep: 7, time: '06:00' });
  const started = await s.api('POST', '/api/backup/run-now', undefined, admin);
  expect(started).toMatchObject({ status: 200, body: { running: true } });
  await s.hall.backup.idle();
  const listed = (await s.api('GET', '/api/backup', undefined, admin)).body;
  expect(listed).toMatchObject({ running: false, alerts: [], lastRun: { ok: true }, copies: [{ integrity: 'ok' }] });
  expect(listed.restoreCommand).toContain(listed.copies[0].path);
});
