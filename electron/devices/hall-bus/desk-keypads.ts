// The keypad buses as the hall sees them: a key becomes hall commands for the clerk signed in at
// that keypad's window (refused with three beeps when nobody is, or when the hall says no); an
// evaluator press becomes the rating of the ticket awaiting one at its window (channel 'keypad');
// every keypad's display follows the hall: the window's waiting count and its current number.
import type { HallView } from '../../contract';
import type { Hall } from '../../core/hall';
import type { KeypadBus } from '../../../native/keypad/keypad-bus';
import { satisfactionLevel, type EvaluatorKeys, type KeyName } from '../../../native/keypad/keys';
import type { BusConfig, KeypadBusConfig } from './config';
import { sendStep, stepForKey } from './keypad-actions';

export interface KeypadCounters {
  commands: number;
  refused: number;
}

export const REFUSE_BEEPS = 3;

export class DeskKeypads {
  readonly counters = new Map<string, KeypadCounters>();
  /** Each bus with its units as they are now (setUnits changes them while the hall runs). */
  private readonly buses: { bus: KeypadBus; config: KeypadBusConfig }[];

  constructor(
    private readonly hall: Hall,
    buses: { bus: KeypadBus; config: KeypadBusConfig }[],
    private readonly config: BusConfig,
    private readonly log: (message: string, error?: unknown) => void,
  ) {
    this.buses = buses.map((b) => ({ ...b }));
    for (const entry of this.buses) {
      // Read at each press: a press is taken by the units as they are when it arrives.
      entry.bus.on('key', (address, key) => this.key(entry.bus, entry.config, address, key));
      entry.bus.on('evaluation', (address, value) => this.evaluation(entry.bus, entry.config, address, value));
    }
  }

  /** The units of bus `index` now. */
  unitsOf(index: number): KeypadBusConfig {
    return this.buses[index]!.config;
  }

  /**
   * Gives bus `index` its keypads and evaluators anew (a saved address changed, a window was added or
   * retired): the next press is read by the new map, so an old address no longer acts for its window,
   * and a keypad address no longer in use stops getting displays. True if anything changed.
   */
  setUnits(index: number, units: Pick<KeypadBusConfig, 'keypads' | 'evaluators'>): boolean {
    const entry = this.buses[index]!;
    const before = entry.config;
    if (JSON.stringify([before.keypads, before.evaluators]) === JSON.stringify([units.keypads, units.evaluators])) return false;
    entry.config = { ...before, keypads: units.keypads, evaluators: units.evaluators };
    const used = new Set(units.keypads.map((k) => k.address));
    for (const k of before.keypads) if (!used.has(k.address)) entry.bus.forget(k.address);
    return true;
  }

  /** Refreshes every keypad's display from the hall's view (each display is only re-sent when it changes). */
  render(view: HallView): void {
    for (const { bus, config: c } of this.buses) {
      for (const k of c.keypads) {
        const w = view.windows.find((x) => x.number === k.window);
        const skills = this.hall.devices.windowSkills(k.window);
        const waiting = [...skills.primary, ...skills.backup].reduce((n, s) => n + (view.waiting[s] ?? 0), 0);
        bus.display(k.address, waiting, w?.current?.number ?? null);
      }
    }
  }

  private key(bus: KeypadBus, c: KeypadBusConfig, address: number, key: KeyName): void {
    const unit = c.keypads.find((k) => k.address === address);
    if (!unit) return; // an address not configured on this bus: echoed, counted, ignored
    const id = `keypad:${unit.window}`;
    const w = this.hall.view().windows.find((x) => x.number === unit.window);
    if (!w?.clerk) return this.refuse(bus, address, id, `nobody is signed in at window ${unit.window}`);
    const step = stepForKey(key, w, this.config);
    if ('refuse' in step) return this.refuse(bus, address, id, step.refuse);
    // The hall runs it for the clerk signed in at the keypad's window; the keypad may act there only.
    const result = sendStep(this.hall.send, step, unit.window);
    if (!result.ok) return this.refuse(bus, address, id, `${step.command}: ${result.error.message}`);
    this.count(id).commands++;
    // Finished, but the next call waits for the rating: the clerk hears that it did not call.
    const held = (result.value as { held?: string | null } | null)?.held;
    if (held) this.refuse(bus, address, id, `${step.command}: finished; the next call is held (${held})`);
  }

  private evaluation(bus: KeypadBus, c: KeypadBusConfig, address: number, value: number): void {
    const unit = c.evaluators.find((e) => e.address === address);
    if (!unit) return;
    const id = `evaluator:${unit.window}`;
    const level = satisfactionLevel(value, unit.keys as EvaluatorKeys);
    if (level === null) return this.refuse(bus, address, id, `value ${value} on a ${unit.keys}-key evaluator`);
    const result = this.hall.send('ratings.submit', { window: unit.window, level, channel: 'keypad' }, { kind: 'evaluator', window: unit.window });
    if (!result.ok) return this.refuse(bus, address, id, `ratings.submit: ${result.error.message}`);
    this.count(id).commands++;
  }

  private refuse(bus: KeypadBus, address: number, id: string, why: string): void {
    this.count(id).refused++;
    this.log(`${id}: refused: ${why}`);
    bus.beep(address, REFUSE_BEEPS);
  }

  private count(id: string): KeypadCounters {
    let c = this.counters.get(id);
    if (!c) this.counters.set(id, (c = { commands: 0, refused: 0 }));
    return c;
  }
}
