// The RS-485 hall bus: how soon a call reaches the wire, and how close the bus schedule comes to the
// physical wire time at 9600 baud in a burst. The hall side is the production module on real links
// (socat PTY pairs, or loopback TCP without socat) with the simulated screens at the far end; the
// bx5k simulator delays each answer by the wire time of the frame and the answer at 9600 baud.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../electron/core/clock';
import { openInspectableHall } from '../electron/core/inspectable-hall';
import type { Session } from '../electron/contract';
import type { InspectableHall } from '../electron/core/inspectable-hall';
import { busConfigSchema } from '../electron/devices/hall-bus/config';
import { runHallBus } from '../electron/devices/hall-bus';
import { bxAnswer } from '../native/led/bx5k';
import { LedPanelSim } from '../native/led/sim/led-panel-sim';
import { socatAvailable, SocatPair } from '../native/sim/socat-pair';
import { SerialTransport } from '../native/transport/serial-transport';
import { TcpListenerTransport } from '../native/transport/tcp-listener';
import type { Transport } from '../native/transport/transport';
import { wireTimeMs } from '../native/transport/wire-scheduler';
import { MONDAY_9AM, nowMs, summarize } from './util';

const BAUD = 9600;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(1);
  }
}

/** Adds windows (and a clerk for each) so a burst spans a bigger hall than the demo's four. */
export function addWindows(hall: InspectableHall, upTo: number): number[] {
  const db = hall.db;
  const services = (db.prepare('SELECT id FROM services').all() as { id: string }[]).map((s) => s.id);
  db.transaction(() => {
    for (let n = 5; n <= upTo; n++) {
      db.prepare("INSERT INTO users (id, name, role, pin_hash) VALUES (?, ?, 'clerk', 'x')").run(`b${n}`, `Clerk ${n}`);
      db.prepare('INSERT INTO windows (number, name) VALUES (?, ?)').run(n, `${n}号窗口`);
      for (const s of services) db.prepare("INSERT INTO window_services (window_no, service_id, role) VALUES (?, ?, 'backup')").run(n, s);
    }
  })();
  hall.engine.config.reload();
  return Array.from({ length: upTo }, (_, i) => i + 1);
}

async function link(name: string, dir: string): Promise<{ port: string; device: Transport; stop(): Promise<void> }> {
  if (socatAvailable()) {
    const pair = new SocatPair(`${dir}/${name}-hall`, `${dir}/${name}-dev`);
    await pair.start();
    const device = new SerialTransport({ path: pair.devicePath, baudRate: BAUD });
    await device.open();
    return { port: pair.hostPath, device, stop: async () => (await device.close(), await pair.stop()) };
  }
  const device = new TcpListenerTransport();
  await device.open();
  return { port: `tcp://127.0.0.1:${device.listeningPort}`, device, stop: () => device.close() };
}

export async function benchHallBus(samples = 100) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tongban-bench-bus-'));
  const hall = openInspectableHall({ dataDir, demo: true, clock: new ManualClock(MONDAY_9AM), log: () => {} });
  try {
    return await measure(hall, dataDir, samples);
  } finally {
    hall.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measure(hall: InspectableHall, dataDir: string, samples: number) {
  const windows = addWindows(hall, 16);
  const dir = `${dataDir}/bus`;
  const leds = await link('led', dir);
  const strip = await link('strip', dir);
  const panel = new LedPanelSim(
    leds.device,
    'bx5k',
    windows.map((n) => ({ address: n, label: `${n}`, widthCells: 16 })),
    BAUD,
  );
  const hallPanel = new LedPanelSim(strip.device, 'strip', [{ address: 1, label: 'hall', widthCells: 48, hall: true }]);
  const config = busConfigSchema.parse({
    led: [
      { port: leds.port, baud: BAUD, dialect: 'bx5k', keepAliveSeconds: 0, screens: windows.map((n) => ({ window: n, address: n })) },
      { port: strip.port, baud: BAUD, dialect: 'strip', keepAliveSeconds: 0, hall: { address: 1, widthCells: 48 } },
    ],
  });
  const module = await runHallBus({ hall, config: { bus: config }, demo: false, dataDir, log: () => {}, changed: () => {} }, config);
  try {
    const [windowBus, stripBus] = [module.leds[0]!, module.leds[1]!];
    const idle = () => module.leds.every((b) => !b.scheduler.busy);
    const clerks = new Map<number, Session>(windows.map((n) => [n, { token: '', role: 'clerk', user: n <= 4 ? `100${n}` : `b${n}`, name: '' }]));
    for (const n of windows) hall.engine.duty.signIn(n, { user: clerks.get(n)!.user, role: 'clerk' });
    const kiosk: Session = { token: '', role: 'kiosk', user: 'kiosk', name: '' };
    await until(() => module.leds.every((b) => b.transport.connected) && idle() && panel.text(16) !== '', 'the buses connected and settled');

    // 1. Call → first byte of window 3's frame written to the port, the bus idle before each call.
    let firstWrite = 0;
    const write = windowBus.transport.write.bind(windowBus.transport);
    windowBus.transport.write = (bytes) => {
      if (firstWrite === 0 && bytes[8] === 3) firstWrite = nowMs(); // bx5k dst, low byte (after the 8-byte preamble)
      return write(bytes);
    };
    const latency: number[] = [];
    for (let i = 0; i < samples; i++) {
      hall.dispatch('tickets.issue', { serviceId: 'A' }, kiosk);
      await until(idle, 'idle');
      await sleep(25); // and quiet: past the 20 ms gap after the last answer
      firstWrite = 0;
      const start = nowMs();
      hall.dispatch('window.callNext', { window: 3 }, clerks.get(3)!);
      await until(() => firstWrite > 0, 'the first byte');
      latency.push(firstWrite - start);
      hall.dispatch('window.noShow', { window: 3 }, clerks.get(3)!);
    }
    await until(idle, 'idle');

    // 2. A burst: every window calls at once; the screens must end on the calls.
    for (const _ of windows) hall.dispatch('tickets.issue', { serviceId: 'B' }, kiosk);
    await until(idle, 'idle');
    const before = module.leds.map((b) => ({ ...b.scheduler.stats }));
    const answersBefore = windowBus.answerCounters!.frames;
    const start = nowMs();
    for (const n of windows) hall.dispatch('window.callNext', { window: n }, clerks.get(n)!);
    const shows = () => windows.every((n) => panel.text(n).startsWith('请B'));
    const [elapsed, stripElapsed] = await Promise.all([
      until(() => shows() && !windowBus.scheduler.busy, 'the burst on every window screen').then(() => nowMs() - start),
      until(() => hallPanel.text(1).startsWith('请B016') && !stripBus.scheduler.busy, 'the burst on the hall strip').then(() => nowMs() - start),
    ]);
    const [w, s] = module.leds.map((b, i) => ({ frames: b.scheduler.stats.frames - before[i]!.frames, bytes: b.scheduler.stats.bytes - before[i]!.bytes }));
    const answers = windowBus.answerCounters!.frames - answersBefore;
    const answerBytes = windows.reduce((sum, n) => sum + bxAnswer(n).length, 0) * (answers / windows.length);
    const windowWire = wireTimeMs(w!.bytes + answerBytes, BAUD);
    const stripWire = wireTimeMs(s!.bytes, BAUD);
    const stripGaps = Math.max(0, s!.frames - 1) * 100;
    return {
      latency: { ...summarize(latency), samples },
      burst: {
        windows: windows.length,
        elapsed,
        window: { ...w!, answers, wireMs: windowWire, gapsMs: (w!.frames - 1) * config.led[0]!.gapMs },
        strip: { ...s!, elapsed: stripElapsed, wireMs: stripWire, gapsMs: stripGaps, text: hallPanel.text(1) },
      },
      transport: socatAvailable() ? 'socat PTY pairs' : 'loopback TCP',
    };
  } finally {
    await module.close();
    await leds.stop();
    await strip.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
