// The hall's clock as a window sees it. The hall may run on a shifted clock (`--clock`, for tests and
// demonstrations), so a window that measures "how long ago" or "how long left" against its own
// Date.now() would show nonsense: it learns the hall's offset from hours.now (on every connection) and
// from each hours.changed push, and measures with hallNow(). Within a round trip of the hall's time.
import type { HallClient } from '../client/hall-client';

let offsetMs = 0;

/** The hall's current time in epoch ms. */
export const hallNow = (): number => Date.now() + offsetMs;

export function learnHallTime(hallIso: string): void {
  const hall = Date.parse(hallIso);
  if (Number.isFinite(hall)) offsetMs = hall - Date.now();
}

/** Keeps the offset learned for the life of the window (mount.tsx calls it once). */
export function followHallClock(client: HallClient): void {
  client.onConnection((state) => {
    if (state !== 'connected') return;
    void client.send('hours.now', {}).then((result) => {
      if (result.ok) learnHallTime(result.value.now);
    });
  });
  client.on('hours.changed', (view) => learnHallTime(view.now));
}
