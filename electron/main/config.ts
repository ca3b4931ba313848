// This PC's configuration: which mode it runs in (the hall PC or a client of it) and which windows it
// opens on which display. Read from a JSON file (`--config FILE` or `<userData>/tongban.json`), checked
// with zod, then merged with the command line into one launch plan. No electron import: index.ts
// passes in what it needs (userData folder, file reader), so all of this is tested in plain Node.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { windowPages } from '../contract/window-pages';
import { devicesConfigSchema, type DevicesConfig } from '../devices/config';

/** Window roles are the pages the LAN server serves (contract/window-pages.ts): one list, so a new page is a new role. */
export const windowRoles = windowPages;
export type WindowRole = (typeof windowRoles)[number];

const windowSpec = z.strictObject({
  role: z.enum(windowRoles),
  /** Index into screen.getAllDisplays(); a missing display falls back to the primary one. */
  display: z.number().int().min(0).max(15).default(0),
  fullscreen: z.boolean().default(true),
});
export type WindowSpec = z.output<typeof windowSpec>;

const defaultWindows: WindowSpec[] = [
  { role: 'kiosk', display: 0, fullscreen: true },
  { role: 'caller', display: 0, fullscreen: false },
  { role: 'console', display: 0, fullscreen: false },
];

/** Every field has a default, and the defaults are the demo: one PC running the demo hall and all windows. */
export const pcConfigSchema = z
  .strictObject({
    mode: z.enum(['hall', 'client']).default('hall'),
    /** The built-in demo hall (public PINs; the LAN server then binds to 127.0.0.1 only). */
    demo: z.boolean().default(true),
    /** hall mode: where tongban.db lives (default <userData>/data, or <userData>/data-demo for the demo). */
    dataDir: z.string().min(1).optional(),
    /** hall mode: the LAN server other PCs and browsers join. */
    server: z
      .strictObject({
        host: z.string().min(1).default('0.0.0.0'),
        port: z.number().int().min(0).max(65535).default(7300),
      })
      .default({ host: '0.0.0.0', port: 7300 }),
    /** client mode: the hall PC's server, e.g. http://192.168.1.10:7300 */
    hallUrl: z.url({ protocol: /^https?$/ }).optional(),
    windows: z.array(windowSpec).min(1).max(8).default(defaultWindows),
    /** hall mode: this PC's devices (printer, hall bus); the demo runs on simulators. */
    devices: devicesConfigSchema.default({}),
  })
  .superRefine((config, ctx) => {
    if (config.mode === 'client' && !config.hallUrl) {
      ctx.addIssue({ code: 'custom', path: ['hallUrl'], message: 'client mode needs the hall PC address, e.g. "http://192.168.1.10:7300"' });
    }
  });
export type PcConfig = z.output<typeof pcConfigSchema>;

export class ConfigError extends Error {}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`).join('; ');
}

/** Checks a parsed JSON value; `source` names it in the error. */
export function parsePcConfig(value: unknown, source: string): PcConfig {
  const parsed = pcConfigSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError(`${source}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export interface ConfigSource {
  path: string;
  /** True when the path came from --config (then a missing file is an error, not the demo defaults). */
  explicit: boolean;
}

/** Reads the config file; a missing default file means the demo defaults. */
export function loadPcConfig(source: ConfigSource, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): PcConfig {
  let text: string;
  try {
    text = read(source.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !source.explicit) return parsePcConfig({}, '(defaults)');
    throw new ConfigError(`cannot read the config file ${source.path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${source.path} is not valid JSON: ${(error as Error).message}`);
  }
  return parsePcConfig(json, source.path);
}

export interface MainArgs {
  config?: string;
  data?: string;
  demo: boolean;
  /** Allows devtools and leaves kiosk lockdown off (kiosk:true, fullscreen) so the kiosk can be debugged. */
  dev: boolean;
  port?: number;
  /** --clock: the hall on a shifted or fixed clock (core/clock-option.ts). */
  clock?: string;
}

/**
 * The app's own options. Electron and Chromium add switches of their own to argv, so unknown options
 * are ignored rather than fatal; a malformed known one is an error.
 */
export function parseMainArgs(argv: string[]): MainArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string' },
      data: { type: 'string' },
      demo: { type: 'boolean', default: false },
      dev: { type: 'boolean', default: false },
      port: { type: 'string' },
      clock: { type: 'string' },
    },
    strict: false,
    allowPositionals: true,
  });
  const str = (v: unknown, name: string): string | undefined => {
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v === '') throw new ConfigError(`--${name} needs a value`);
    return v;
  };
  const portText = str(values.port, 'port');
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new ConfigError(`--port must be 0–65535, got ${portText}`);
  }
  return {
    config: str(values.config, 'config'),
    data: str(values.data, 'data'),
    demo: values.demo === true,
    dev: values.dev === true,
    port,
    clock: str(values.clock, 'clock'),
  };
}

export interface LaunchPlan {
  mode: 'hall' | 'client';
  demo: boolean;
  dev: boolean;
  /** hall mode only. */
  dataDir: string;
  server: { host: string; port: number };
  /** client mode: the hall server's origin (no trailing slash). */
  hallUrl: string | null;
  windows: WindowSpec[];
  devices: DevicesConfig;
}

/**
 * The command line wins over the file: --demo, --data, --port. A relative --data is relative to the
 * working folder; a relative dataDir in the file is relative to the file's folder (`configDir`).
 */
export function planLaunch(args: MainArgs, config: PcConfig, paths: { userData: string; configDir: string }): LaunchPlan {
  const demo = args.demo || config.demo;
  const dataDir = args.data
    ? resolve(args.data)
    : config.dataDir
      ? resolve(paths.configDir, config.dataDir)
      : join(paths.userData, demo ? 'data-demo' : 'data');
  const host = demo ? '127.0.0.1' : config.server.host;
  if (demo && config.server.host !== '0.0.0.0' && config.server.host !== '127.0.0.1') {
    throw new ConfigError(`server.host ${config.server.host}: the demo hall has public PINs, so it only binds to 127.0.0.1`);
  }
  return {
    mode: config.mode,
    demo,
    dev: args.dev,
    dataDir,
    server: { host, port: args.port ?? config.server.port },
    hallUrl: config.hallUrl ? new URL(config.hallUrl).origin : null,
    windows: config.windows,
    devices: config.devices,
  };
}
