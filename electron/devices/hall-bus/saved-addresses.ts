// The bus addresses the manager saved for the windows (Windows page, config.saveWindow) join this
// PC's bus configuration when the device layer starts: where the devices file has exactly one LED
// bus (or one keypad bus), a window the file does not list gets its saved screen (or call keypad)
// there. The file wins: a window it lists, or an address it already gives another device, is left
// as the file says. Read at start: a saved change reaches the buses at the next start of the hall.
import type { WindowAddresses } from '../../core/device-capability';
import type { BusConfig } from './config';

export function withSavedAddresses(bus: BusConfig, saved: readonly WindowAddresses[], log: (message: string) => void = () => {}): BusConfig {
  const led = bus.led.length === 1 ? bus.led[0]! : null;
  const keypads = bus.keypads.length === 1 ? bus.keypads[0]! : null;
  const screens = [...(led?.screens ?? [])];
  const desk = [...(keypads?.keypads ?? [])];
  for (const w of saved) {
    if (led && w.ledAddress !== null && !screens.some((s) => s.window === w.window)) {
      const taken = screens.some((s) => s.address === w.ledAddress) || led.hall?.address === w.ledAddress;
      if (taken) log(`window ${w.window}: LED address ${w.ledAddress} is taken on the bus in the devices file; not added`);
      else screens.push({ window: w.window, address: w.ledAddress, widthCells: 16 });
    }
    if (keypads && w.keypadAddress !== null && !desk.some((k) => k.window === w.window)) {
      if (desk.some((k) => k.address === w.keypadAddress))
        log(`window ${w.window}: keypad address ${w.keypadAddress} is taken on the bus in the devices file; not added`);
      else desk.push({ window: w.window, address: w.keypadAddress });
    }
  }
  return {
    ...bus,
    led: led ? [{ ...led, screens }] : bus.led,
    keypads: keypads ? [{ ...keypads, keypads: desk }] : bus.keypads,
  };
}
