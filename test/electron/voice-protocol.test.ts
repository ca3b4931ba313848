// The app's windows load from disk, so their clips (file://…/renderer/voice/…) go through the file
// scheme's handler: the hall's own recording (DATA/voice) first, then the installed resources, then
// the built renderer; other files load untouched. Electron is mocked: startApp gets fake protocol and
// net objects and a real demo hall in a temp folder.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startApp, type RunningApp } from '../../electron/main/app';
import { clipPathOf, serveVoiceFiles, voiceFolders } from '../../electron/main/voice-protocol';
import { makeTempDir } from '../support/hall';
import { FakeBrowserWindow, fakeDisplay, fakeIpcMain, fakeScreen, fakeSession } from './fakes';

vi.mock('electron', () => ({}));

let dir: string;
let running: RunningApp | null = null;

/** A file scheme handler registry and a net.fetch that answers which file it was asked for. */
function fakeVoiceDeps() {
  const handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  const fetched: { url: string; bypass: boolean | undefined }[] = [];
  return {
    handlers,
    fetched,
    protocol: { handle: vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => void handlers.set(scheme, handler)) },
    net: {
      fetch: vi.fn(async (input: string | Request, init?: { bypassCustomProtocolHandlers?: boolean }) => {
        const url = typeof input === 'string' ? input : input.url;
        fetched.push({ url, bypass: init?.bypassCustomProtocolHandlers });
        return new Response(url);
      }),
    },
  };
}

function put(path: string, text = 'RIFF') {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeEach(() => {
  dir = makeTempDir('tongban-voice-protocol-');
  FakeBrowserWindow.created.length = 0;
});
afterEach(async () => {
  await running?.stop();
  running = null;
  rmSync(dir, { recursive: true, force: true });
});

test('the lookup order: the data folder, the installed resources, the built renderer', () => {
  expect(voiceFolders({ dataDir: '/d', resourcesPath: '/app/resources', rendererDir: '/app/out/renderer' })).toEqual([
    join('/d', 'voice'),
    join('/app/resources', 'resources', 'voice'),
    join('/app/out/renderer', 'voice'),
  ]);
  expect(voiceFolders({ dataDir: '/d', rendererDir: '/r' })).toEqual([join('/d', 'voice'), join('/r', 'voice')]);
  const renderer = join(dir, 'out', 'renderer');
  expect(clipPathOf(pathToFileURL(join(renderer, 'voice', 'zh-CN', 'qing.wav')).href, renderer)).toBe('zh-CN/qing.wav');
  expect(clipPathOf(`${pathToFileURL(join(renderer, 'voice', 'en', 'n-3.wav')).href}?v=1`, renderer)).toBe('en/n-3.wav');
  expect(clipPathOf(pathToFileURL(join(renderer, 'kiosk.html')).href, renderer)).toBeNull();
  expect(clipPathOf(pathToFileURL(join(renderer, 'voicemail.wav')).href, renderer)).toBeNull();
  expect(clipPathOf('https://example.invalid/voice/x.wav', renderer)).toBeNull();
});

test('each clip comes from the first folder that has it; a clip none has is a 404; other files pass', async () => {
  const dataDir = join(dir, 'data');
  const resourcesPath = join(dir, 'installed');
  const rendererDir = join(dir, 'installed', 'app.asar', 'out', 'renderer');
  put(join(dataDir, 'voice', 'zh-CN', 'qing.wav'));
  put(join(resourcesPath, 'resources', 'voice', 'zh-CN', 'qing.wav'));
  put(join(resourcesPath, 'resources', 'voice', 'zh-CN', 'hao.wav'));
  put(join(rendererDir, 'voice', 'zh-CN', 'hao.wav'));
  put(join(rendererDir, 'voice', 'zh-CN', 'dao.wav'));
  const deps = fakeVoiceDeps();
  serveVoiceFiles(deps, { dataDir, resourcesPath, rendererDir });
  const handler = deps.handlers.get('file')!;
  const ask = async (path: string) => {
    const answer = await handler(new Request(pathToFileURL(join(rendererDir, path)).href));
    return answer.status === 404 ? 404 : await answer.text();
  };
  expect(await ask('voice/zh-CN/qing.wav')).toBe(pathToFileURL(join(dataDir, 'voice', 'zh-CN', 'qing.wav')).href);
  expect(await ask('voice/zh-CN/hao.wav')).toBe(pathToFileURL(join(resourcesPath, 'resources', 'voice', 'zh-CN', 'hao.wav')).href);
  expect(await ask('voice/zh-CN/dao.wav')).toBe(pathToFileURL(join(rendererDir, 'voice', 'zh-CN', 'dao.wav')).href);
  expect(await ask('voice/zh-CN/banli.wav')).toBe(404);
  expect(await ask('kiosk.html')).toBe(pathToFileURL(join(rendererDir, 'kiosk.html')).href);
  // Every file goes to Chromium's own loader, never back into this handler.
  expect(deps.fetched.every((f) => f.bypass === true)).toBe(true);
});

test('startApp in hall mode serves the windows their clips from the hall data folder', async () => {
  const deps = fakeVoiceDeps();
  const outDir = join(dir, 'out');
  const dataDir = join(dir, 'data');
  put(join(outDir, 'renderer', 'voice', 'common', 'chime.wav'));
  put(join(dataDir, 'voice', 'zh-CN', 'qing.wav'));
  running = await startApp(
    {
      app: { getPath: () => join(dir, 'userData') } as any,
      BrowserWindow: FakeBrowserWindow as any,
      screen: fakeScreen([fakeDisplay(1, 0)]),
      ipcMain: fakeIpcMain(),
      session: fakeSession() as any,
      protocol: deps.protocol,
      net: deps.net as any,
    },
    { argv: ['--data', dataDir, '--port', '0'], outDir, log: () => {}, resourcesPath: join(dir, 'no-resources') },
  );
  expect(deps.protocol.handle).toHaveBeenCalledWith('file', expect.any(Function));
  const handler = deps.handlers.get('file')!;
  const own = await handler(new Request(pathToFileURL(join(outDir, 'renderer', 'voice', 'zh-CN', 'qing.wav')).href));
  expect(await own.text()).toBe(pathToFileURL(join(dataDir, 'voice', 'zh-CN', 'qing.wav')).href);
  const bundled = await handler(new Request(pathToFileURL(join(outDir, 'renderer', 'voice', 'common', 'chime.wav')).href));
  expect(await bundled.text()).toBe(pathToFileURL(join(outDir, 'renderer', 'voice', 'common', 'chime.wav')).href);
  // The LAN server does the same for browsers.
  const served = await fetch(`${running.server!.url}/voice/zh-CN/qing.wav`);
  expect(served.status).toBe(200);
  expect(served.headers.get('x-voice-source')).toBe('hall');
  expect(await served.text()).toBe('RIFF');
});
