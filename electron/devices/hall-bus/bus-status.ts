// The hall bus as the console sees it: one DeviceStatus per bus, per LED screen, per keypad and per
// evaluator, with the counters worth watching (frames, retries, rejected bytes, duplicates).
import type { DeviceStatus } from '../../contract';
import type { KeypadBus } from '../../../native/keypad/keypad-bus';
import type { LedBus } from '../../../native/led/led-bus';
import type { KeypadBusConfig } from './config';
import type { KeypadCounters } from './desk-keypads';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const latest = (dates: (Date | null)[]) => dates.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);

export function ledBusStatus(id: string, bus: LedBus): DeviceStatus[] {
  const states = bus.states();
  const connected = bus.transport.connected;
  const down = connected ? null : (bus.linkError ?? 'not connected');
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

export function keypadBusStatus(
  id: string,
  bus: KeypadBus,
  config: KeypadBusConfig,
  counters: Map<string, KeypadCounters>,
): DeviceStatus[] {
  const connected = bus.transport.connected;
  const down = connected ? null : (bus.lastError ?? 'not connected');
  const units = [
    ...config.keypads.map((k) => ({ ...k, kind: 'keypad' as const })),
    ...config.evaluators.map((e) => ({ ...e, kind: 'evaluator' as const })),
  ];
  return [
    {
      id,
      kind: 'bus',
      port: bus.transport.id,
      connected,
      lastSeen: iso(latest([...bus.devices.values()].map((d) => d.lastSeen))),
      error: down ?? bus.lastError,
      counters: { ...bus.reader.counters, duplicates: bus.duplicates, sent: bus.scheduler.stats.frames },
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
