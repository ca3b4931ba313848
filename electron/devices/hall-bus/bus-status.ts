// The hall bus as the console sees it: one DeviceStatus per bus, per LED screen, per keypad and per
// evaluator, with the counters worth watching (frames, retries, rejected bytes, duplicates).
// "Connected" means frames actually go out: the link is up and no write missed its deadline since
// the last frame (a wedged port or scheduler is a fault, shown as 'write_timeout: …').
import type { DeviceStatus } from '../../contract';
import type { WireScheduler } from '../../../native/transport/wire-scheduler';
import type { Transport } from '../../../native/transport/transport';
import type { KeypadBus } from '../../../native/keypad/keypad-bus';
import type { LedBus } from '../../../native/led/led-bus';
import type { KeypadBusConfig } from './config';
import type { KeypadCounters } from './desk-keypads';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const latest = (dates: (Date | null)[]) => dates.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);

/** Why frames are not going out (null when they are): the link is down, or writes are stuck. */
function downBecause(transport: Transport, scheduler: WireScheduler, linkError: string | null): string | null {
  if (!transport.connected) return linkError ?? 'not_connected: not connected yet';
  if (scheduler.fault) return `${scheduler.fault.code}: ${scheduler.fault.message}`;
  if (!scheduler.healthy) return 'write_timeout: a write is past its deadline';
  return null;
}

export function ledBusStatus(id: string, bus: LedBus): DeviceStatus[] {
  const states = bus.states();
  const down = downBecause(bus.transport, bus.scheduler, bus.linkError);
  const connected = down === null;
  const answers = bus.answerCounters;
  const busStatus: DeviceStatus = {
    id,
    kind: 'bus',
    port: bus.transport.id,
    connected,
    lastSeen: iso(latest(states.map((s) => s.lastSeen))),
    error: down ?? bus.linkError,
    counters: {
      frames: bus.scheduler.stats.frames,
      bytes: bus.scheduler.stats.bytes,
      timeouts: bus.scheduler.stats.timeouts,
      ...(answers ? { answers: answers.frames, rejected: answers.rejected } : {}),
    },
  };
  return [
    busStatus,
    ...states.map((s) => ({
      id: s.config.id,
      kind: 'led' as const,
      port: `${bus.transport.id}#${s.config.address}`,
      connected: connected && s.error === null,
      lastSeen: iso(s.lastSeen),
      error: down ?? s.error,
      counters: { ...s.counters },
    })),
  ];
}

export function keypadBusStatus(id: string, bus: KeypadBus, config: KeypadBusConfig, counters: Map<string, KeypadCounters>): DeviceStatus[] {
  const down = downBecause(bus.transport, bus.scheduler, bus.lastError);
  const connected = down === null;
  const units = [...config.keypads.map((k) => ({ ...k, kind: 'keypad' as const })), ...config.evaluators.map((e) => ({ ...e, kind: 'evaluator' as const }))];
  return [
    {
      id,
      kind: 'bus',
      port: bus.transport.id,
      connected,
      lastSeen: iso(latest([...bus.devices.values()].map((d) => d.lastSeen))),
      error: down ?? bus.lastError,
      counters: { ...bus.reader.counters, duplicates: bus.duplicates, sent: bus.scheduler.stats.frames, timeouts: bus.scheduler.stats.timeouts },
    },
    ...units.map((u) => {
      const unitId = `${u.kind}:${u.window}`;
      const device = bus.devices.get(u.address);
      return {
        id: unitId,
        kind: u.kind,
        port: `${bus.transport.id}#${u.address}`,
        connected,
        lastSeen: iso(device?.lastSeen ?? null),
        error: down,
        counters: { frames: device?.frames ?? 0, duplicates: device?.duplicates ?? 0, ...(counters.get(unitId) ?? { commands: 0, refused: 0 }) },
      };
    }),
  ];
}
