// The bus addresses the manager saved for the windows (Windows page, config.saveWindow) join this
// PC's bus configuration: where the devices file has exactly one LED bus (or one keypad bus), a window
// the file does not list gets its saved screen there (or its call keypad and its 5-key evaluator: one
// address, a combined unit, their frames differ in C). The file wins: a window it lists on that bus, or
// an address it already gives another device, is left as the file says (logged).
//
// Followed live (FollowedAddresses): the configuration's saves end in hall.changed, and at each one
// the hall bus reads the saved addresses again (a handful of rows); only when they differ is a new bus
// configuration made, and the buses re-mapped without a restart (index.ts).
import type { WindowAddresses } from '../../core/device-capability';
import type { BusConfig } from './config';

export function withSavedAddresses(bus: BusConfig, saved: readonly WindowAddresses[], log: (message: string) => void = () => {}): BusConfig {
  const led = bus.led.length === 1 ? bus.led[0]! : null;
  const keypads = bus.keypads.length === 1 ? bus.keypads[0]! : null;
  const screens = [...(led?.screens ?? [])];
  const desk = [...(keypads?.keypads ?? [])];
  const evaluators = [...(keypads?.evaluators ?? [])];
  for (const w of saved) {
    if (led && w.ledAddress !== null && !screens.some((s) => s.window === w.window)) {
      const taken = screens.some((s) => s.address === w.ledAddress) || led.hall?.address === w.ledAddress;
      if (taken) log(`window ${w.window}: LED address ${w.ledAddress} is taken on the bus in the devices file; not added`);
      else screens.push({ window: w.window, address: w.ledAddress, widthCells: 16, heightPx: 16 });
    }
    const listed = desk.some((k) => k.window === w.window) || evaluators.some((e) => e.window === w.window);
    if (keypads && w.keypadAddress !== null && !listed) {
      const address = w.keypadAddress;
      if (desk.some((k) => k.address === address) || evaluators.some((e) => e.address === address)) {
        log(`window ${w.window}: keypad address ${address} is taken on the bus in the devices file; not added`);
      } else {
        desk.push({ window: w.window, address });
        evaluators.push({ window: w.window, address, keys: 5 });
      }
    }
  }
  return {
    ...bus,
    led: led ? [{ ...led, screens }] : bus.led,
    keypads: keypads ? [{ ...keypads, keypads: desk, evaluators }] : bus.keypads,
  };
}

/** The devices file's bus with the saved addresses joined, read again on demand. */
export class FollowedAddresses {
  private saved: string;
  /** The bus configuration as it is now. */
  config: BusConfig;

  constructor(
    private readonly file: BusConfig,
    private readonly read: () => readonly WindowAddresses[],
    private readonly log: (message: string) => void,
  ) {
    const saved = read();
    this.saved = JSON.stringify(saved);
    this.config = withSavedAddresses(file, saved, log);
  }

  /** Reads the saved addresses again: the new bus configuration when they changed, else null. */
  refresh(): BusConfig | null {
    const saved = this.read();
    const text = JSON.stringify(saved);
    if (text === this.saved) return null;
    this.saved = text;
    const notes: string[] = [];
    const next = withSavedAddresses(this.file, saved, (m) => notes.push(m));
    if (JSON.stringify(next) === JSON.stringify(this.config)) return null; // e.g. a window the file lists
    for (const note of notes) this.log(note);
    this.log('hall bus: the windows’ saved addresses changed; re-mapped without a restart');
    this.config = next;
    return next;
  }
}
