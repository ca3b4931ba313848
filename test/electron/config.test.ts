// This PC's config file and command line → the launch plan.
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ConfigError, loadPcConfig, parseMainArgs, parsePcConfig, planLaunch } from '../../electron/main/config';
import { makeTempDir } from '../support/hall';

vi.mock('electron', () => ({}));

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function writeConfig(content: string): string {
  dir = makeTempDir('tongban-config-');
  const path = join(dir, 'tongban.json');
  writeFileSync(path, content);
  return path;
}

const noArgs = parseMainArgs([]);
const paths = { userData: '/home/hall/.config/tongban', configDir: '/home/hall/.config/tongban' };

describe('config file', () => {
  test('no file at the default place: the demo (hall mode, demo hall, kiosk + caller + console)', () => {
    const config = loadPcConfig({ path: '/nonexistent/tongban.json', explicit: false });
    expect(config).toMatchObject({ mode: 'hall', demo: true, server: { host: '0.0.0.0', port: 7300 } });
    expect(config.windows.map((w) => w.role)).toEqual(['kiosk', 'caller', 'console']);
    expect(config.windows.every((w) => w.display === 0)).toBe(true);
  });

  test('an empty object gets the same defaults', () => {
    expect(parsePcConfig({}, 'x')).toEqual(loadPcConfig({ path: '/nonexistent/tongban.json', explicit: false }));
  });

  test('a file given with --config must exist', () => {
    expect(() => loadPcConfig({ path: '/nonexistent/tongban.json', explicit: true })).toThrow(
      new ConfigError('cannot read the config file /nonexistent/tongban.json: no such file'),
    );
  });

  test('a full hall-PC file', () => {
    const path = writeConfig(
      JSON.stringify({
        mode: 'hall',
        demo: false,
        dataDir: 'D:/tongban/data',
        server: { host: '192.168.1.10', port: 7400 },
        windows: [
          { role: 'kiosk', display: 1 },
          { role: 'caller', display: 2, fullscreen: true },
        ],
      }),
    );
    const config = loadPcConfig({ path, explicit: true });
    expect(config.windows).toEqual([
      { role: 'kiosk', display: 1, fullscreen: true },
      { role: 'caller', display: 2, fullscreen: true },
    ]);
    expect(config.server).toEqual({ host: '192.168.1.10', port: 7400 });
  });

  test('invalid JSON names the file', () => {
    const path = writeConfig('{ "mode": "hall", }');
    expect(() => loadPcConfig({ path, explicit: true })).toThrow(ConfigError);
    expect(() => loadPcConfig({ path, explicit: true })).toThrow(new RegExp(`^${path.replace(/[.\\]/g, '\\$&')} is not valid JSON`));
  });

  test.each([
    ['an unknown role', { windows: [{ role: 'cashier' }] }, /windows\.0\.role: Invalid option/],
    ['a negative display', { windows: [{ role: 'kiosk', display: -1 }] }, /windows\.0\.display/],
    ['no windows', { windows: [] }, /windows: /],
    ['a misspelt key', { mdoe: 'client' }, /Unrecognized key.*mdoe/],
    ['a bad mode', { mode: 'server' }, /mode: Invalid option/],
    ['client mode without the hall address', { mode: 'client' }, /hallUrl: client mode needs the hall PC address/],
    ['a hall address that is not http', { mode: 'client', hallUrl: 'ftp://10.0.0.1' }, /hallUrl/],
    ['a port out of range', { server: { port: 70000 } }, /server\.port/],
  ])('%s is a clear error naming the file and the field', (_label, value, message) => {
    const path = writeConfig(JSON.stringify(value));
    let error: unknown;
    try {
      loadPcConfig({ path, explicit: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message.startsWith(`${path}: `)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});

describe('command line', () => {
  test('the app’s options', () => {
    expect(parseMainArgs(['.', '--demo', '--data', 'x', '--config=/etc/t.json', '--port', '0', '--dev'])).toEqual({
      config: '/etc/t.json',
      data: 'x',
      demo: true,
      dev: true,
      port: 0,
    });
    expect(noArgs).toEqual({ config: undefined, data: undefined, demo: false, dev: false, port: undefined });
  });

  test('Electron’s and Chromium’s own switches are ignored', () => {
    expect(parseMainArgs(['--no-sandbox', '--remote-debugging-port=0', '--inspect', '.', '--demo'])).toMatchObject({ demo: true, dev: false });
  });

  test('a bad port is an error', () => {
    expect(() => parseMainArgs(['--port', 'abc'])).toThrow('--port must be 0–65535, got abc');
    expect(() => parseMainArgs(['--port', '99999'])).toThrow(ConfigError);
  });
});

describe('launch plan', () => {
  const demoDefaults = parsePcConfig({}, 'x');

  test('demo: data under userData/data-demo, server on 127.0.0.1:7300', () => {
    const plan = planLaunch(noArgs, demoDefaults, paths);
    expect(plan).toMatchObject({
      mode: 'hall',
      demo: true,
      dev: false,
      dataDir: join(paths.userData, 'data-demo'),
      server: { host: '127.0.0.1', port: 7300 },
      hallUrl: null,
    });
  });

  test('a real hall: data under userData/data, server on the configured host', () => {
    const plan = planLaunch(noArgs, parsePcConfig({ demo: false, server: { host: '0.0.0.0' } }, 'x'), paths);
    expect(plan.dataDir).toBe(join(paths.userData, 'data'));
    expect(plan.server.host).toBe('0.0.0.0');
  });

  test('--demo, --data and --port win over the file; a relative dataDir in the file is relative to the file', () => {
    const config = parsePcConfig({ demo: false, dataDir: 'hall-data', server: { port: 7400 } }, 'x');
    expect(planLaunch(noArgs, config, { userData: '/u', configDir: '/etc/tongban' }).dataDir).toBe(resolve('/etc/tongban/hall-data'));
    const plan = planLaunch(parseMainArgs(['--demo', '--data', 'mine', '--port', '0']), config, paths);
    expect(plan).toMatchObject({ demo: true, dataDir: resolve('mine'), server: { host: '127.0.0.1', port: 0 } });
  });

  test('the demo refuses a LAN address (its PINs are public)', () => {
    expect(() => planLaunch(noArgs, parsePcConfig({ server: { host: '192.168.1.10' } }, 'x'), paths)).toThrow(/only binds to 127\.0\.0\.1/);
  });

  test('client mode keeps only the hall’s origin', () => {
    const plan = planLaunch(noArgs, parsePcConfig({ mode: 'client', hallUrl: 'http://192.168.1.10:7300/console?x=1' }, 'x'), paths);
    expect(plan).toMatchObject({ mode: 'client', hallUrl: 'http://192.168.1.10:7300' });
  });
});
