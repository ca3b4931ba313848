// The voice capability over real loopback HTTP: the settings (public read, manager's change validated,
// audited, pushed as voice.changed), the clips in use, and /voice/* serving the hall's own recordings
// before the bundled clips.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { makeTempDir } from '../support/hall';
import { connectEvents, type EventClient } from '../support/ws';
import { startServer, type RunningServer } from '../../electron/server/server';
import { voiceManifest, allClipIds } from '../../electron/shared/voice';

let s: TestServer | undefined;
let events: EventClient | undefined;
let files: RunningServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  events?.close();
  await files?.close();
  await s?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  s = events = files = dir = undefined;
});

const defaults = { english: false, languages: ['zh-CN'], caller: { on: true, volume: 100 }, kiosk: { on: true, volume: 80 } };

test.each([
  [{ english: 'yes' }, 'english'],
  [{ caller: { volume: 101 } }, 'caller.volume'],
  [{ kiosk: { volume: -1 } }, 'kiosk.volume'],
  [{ kiosk: { volume: 50.5 } }, 'kiosk.volume'],
  [{ kiosk: { on: 1 } }, 'kiosk.on'],
  [{ kiosk: { loud: true } }, 'kiosk'],
  [{ languages: ['en'] }, 'languages'],
])('a bad voice setting %j is 400 naming %s and changes nothing', async (body, field) => {
  s = await startTestServer();
  const admin = await s.login('admin');
  const refused = await s.api('POST', '/api/voice/settings', body, admin);
  expect(refused).toMatchObject({ status: 400, body: { ok: false, error: { code: 'bad_request', field } } });
  expect((await s.api('GET', '/api/voice/settings')).body).toEqual(defaults);
  expect((await s.api('GET', '/api/audit', undefined, admin)).body.entries).toEqual([]);
});

test('anyone reads the settings; only the manager changes them, audited, and every screen hears it', async () => {
  s = await startTestServer();
  expect(await s.api('GET', '/api/voice/settings')).toEqual({ status: 200, body: defaults });
  const clerk = await s.login('1001');
  expect((await s.api('POST', '/api/voice/settings', { english: true }, clerk)).status).toBe(403);
  expect((await s.api('GET', '/api/voice/clips', undefined, clerk)).status).toBe(403);

  const admin = await s.login('admin');
  events = await connectEvents(s.server.url);
  const saved = await s.api('POST', '/api/voice/settings', { english: true, kiosk: { volume: 35 } }, admin);
  const after = { english: true, languages: ['zh-CN', 'en'], caller: { on: true, volume: 100 }, kiosk: { on: true, volume: 35 } };
  expect(saved).toEqual({ status: 200, body: after });
  const pushed = await events.next((m) => m.type === 'event' && m.name === 'voice.changed');
  expect(pushed.data).toEqual(after);
  const [entry, ...older] = (await s.api('GET', '/api/audit', undefined, admin)).body.entries;
  expect(older).toEqual([]);
  expect(entry).toMatchObject({ action: 'voice.updated', userId: 'admin', before: defaults, after });
  // The same values again record nothing; a part of one role keeps the rest of it.
  await s.api('POST', '/api/voice/settings', { english: true }, admin);
  expect((await s.api('GET', '/api/audit', undefined, admin)).body.entries).toHaveLength(1);
  expect((await s.api('POST', '/api/voice/settings', { caller: { on: false } }, admin)).body.caller).toEqual({ on: false, volume: 100 });
  expect(s.hall.settings.get('voiceCaller')).toEqual({ on: false, volume: 100 });
});

function put(path: string, bytes: string) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
}

test('the clips in use: the hall’s own recordings, the bundled ones, and files that are no clip', async () => {
  s = await startTestServer();
  put(join(s.dataDir, 'voice', 'zh-CN', 'qing.wav'), 'RIFF-hall');
  put(join(s.dataDir, 'voice', 'rating', 'thanks.wav'), 'RIFF-hall');
  put(join(s.dataDir, 'voice', 'zh-CN', 'qnig.wav'), 'RIFF-typo');
  const admin = await s.login('admin');
  const { status, body } = await s.api('GET', '/api/voice/clips', undefined, admin);
  expect(status).toBe(200);
  expect(body.hallFolder).toBe(join(s.dataDir, 'voice'));
  expect(body.clips.map((c: { id: string }) => c.id)).toEqual(allClipIds(voiceManifest));
  expect(body.clips.filter((c: { source: string }) => c.source === 'hall').map((c: { id: string }) => c.id)).toEqual(['zh-CN/qing', 'rating/thanks']);
  expect(body.clips.find((c: { id: string }) => c.id === 'zh-CN/chuangkou')).toMatchObject({
    group: 'zh-CN',
    name: 'chuangkou',
    text: '窗口',
    file: 'zh-CN/chuangkou.wav',
    source: 'bundled',
  });
  expect(body.unknownFiles).toEqual(['zh-CN/qnig.wav']);
});

test('/voice/* serves the hall’s recording first, then the bundled clip; nothing outside the folders', async () => {
  dir = makeTempDir('tongban-voice-files-');
  s = await startTestServer();
  const staticDir = join(dir, 'renderer');
  put(join(staticDir, 'index.html'), '<!doctype html>');
  put(join(staticDir, 'voice', 'zh-CN', 'qing.wav'), 'bundled-qing');
  put(join(staticDir, 'voice', 'zh-CN', 'hao.wav'), 'bundled-hao');
  put(join(staticDir, 'secret.txt'), 'not a clip');
  put(join(s.dataDir, 'voice', 'zh-CN', 'qing.wav'), 'hall-qing');
  put(join(s.dataDir, 'tongban-notes.txt'), 'not a clip either');
  files = await startServer({ hall: s.hall, host: '127.0.0.1', port: 0, staticDir, voiceDir: join(s.dataDir, 'voice') });
  const get = async (path: string) => {
    const r = await fetch(files!.url + path);
    return { status: r.status, type: r.headers.get('content-type'), source: r.headers.get('x-voice-source'), text: await r.text() };
  };
  expect(await get('/voice/zh-CN/qing.wav')).toEqual({ status: 200, type: 'audio/wav', source: 'hall', text: 'hall-qing' });
  expect(await get('/voice/zh-CN/hao.wav')).toEqual({ status: 200, type: 'audio/wav', source: 'bundled', text: 'bundled-hao' });
  expect((await get('/voice/zh-CN/banli.wav')).status).toBe(404);
  // (/voice/../x is made /x by the client itself.)
  for (const path of ['/voice/..%2fsecret.txt', '/voice/zh-CN/..%2f..%2fsecret.txt', '/voice/..%2f..%2ftongban-notes.txt', '/voice/%00', '/voice/']) {
    const r = await get(path);
    expect(r.status, path).toBe(404);
    expect(r.text, path).not.toMatch(/not a clip/);
  }
  // Replacing a recording while the hall runs is heard on the next play.
  put(join(s.dataDir, 'voice', 'zh-CN', 'hao.wav'), 'hall-hao');
  expect((await get('/voice/zh-CN/hao.wav')).text).toBe('hall-hao');
});
