// A hundred pulls of the USB-RS485 adapters over real kernel ttys (socat PTY pairs: killing socat is
// the pull, a new socat under the same link names the replug), with calls made right at the moment
// of each pull: before the adapters go, in the same tick, and on every tick while the ports close
// (where serialport would hold a write waiting for an 'open' that never comes). After every replug
// every LED screen, the hall strip and the keypad display show the hall's current state, no bus is
// left busy, and the device status says connected again. Every wait is for a positive signal: the
// transports' disconnect and connect events, the frames arriving at the simulated devices.
import { afterEach, expect, test } from 'vitest';
import { SerialTransport } from '../../native/transport/serial-transport';
import { startBusHarness, type BusHarness } from './harness';
import { eventually, HAVE_SOCAT, next, NO_SOCAT } from './support';

const CYCLES = 100;

let h: BusHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const ptyTest = test.skipIf(!HAVE_SOCAT);
if (!HAVE_SOCAT) console.warn(NO_SOCAT);

/** Rejects with `what` when `promise` has not settled within `ms`: a hang fails the test with its name. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`hung: ${what}`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

ptyTest(
  `${CYCLES} unplug/replug cycles with calls at the moment of each pull: the screens always get the current text, nothing hangs`,
  async () => {
    // No keep-alive: what the screens missed comes back from the re-send on reconnect alone.
    // 115200 baud and a 5 ms gap: the four screens' re-send takes a fraction of its time at 9600 (the
    // pull's hazards do not depend on the baud), so a hundred cycles stay well under half a minute.
    h = await startBusHarness('pty', {}, { keepAliveSeconds: 0, baud: 115200, gapMs: 5 });
    const hall = h.t.hall;
    const clerk = h.setUp(Array.from({ length: CYCLES + 5 }, () => 'A'));
    const buses = [...h.module.leds, ...h.module.keypadBuses];
    const serial = buses.map((b) => b.transport as SerialTransport);
    expect(serial.every((t) => t instanceof SerialTransport)).toBe(true);
    await eventually(() => buses.every((b) => b.transport.connected), 'the buses connected');

    const call = () => {
      if (h!.window(3).current) hall.dispatch('window.noShow', { window: 3 }, clerk);
      hall.dispatch('window.callNext', { window: 3 }, clerk);
    };
    const recall = () => h!.window(3).current && hall.dispatch('window.recall', { window: 3 }, clerk);
    const screensCurrent = () =>
      h!.module.leds.every((bus, i) => {
        const sim = i === 0 ? h!.windows : h!.hallStrip;
        return bus.states().every((s) => s.text === null || sim.text(s.config.address) === s.text);
      });
    const keypadCurrent = () => {
      const number = h!.window(3).current?.number.slice(-3) ?? '';
      return h!.keypads.units.get(3)!.display === `${String(hall.view().waiting.A ?? 0).padStart(3)}${number.padStart(3)}`;
    };

    let closingCalls = 0;
    const started = performance.now();
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const down = buses.map((b) => next(b.transport, 'disconnect'));
      let dropped = false;
      void Promise.all(down).then(() => (dropped = true));
      // Calls right at the pull: just before it, in the same tick, and on every tick until every bus saw it.
      if (cycle % 2 === 0) call();
      const pulled = h.pull();
      call();
      const atEveryTick = (async () => {
        while (!dropped) {
          await new Promise((resolve) => setImmediate(resolve));
          // A port that serialport is already closing while the transport still holds it: the moment of the old hang.
          if (serial.some((t) => t.connected && !t.portOpen)) closingCalls++;
          recall();
        }
      })();
      await within(pulled, 10_000, `cycle ${cycle}: the pull`);
      const reasons = await within(Promise.all(down), 10_000, `cycle ${cycle}: the buses noticing the pull`);
      await atEveryTick;
      expect(reasons.every(([, code]) => code === 'link_lost' || code === 'write_timeout')).toBe(true);
      expect(h.status('led-bus-1').connected || h.status('led-bus-2').connected || h.status('keypad-bus').connected).toBe(false);
      if (cycle % 3 === 0) call(); // and while unplugged

      const up = buses.map((b) => next(b.transport, 'connect'));
      await within(h.replug(), 10_000, `cycle ${cycle}: the replug`);
      await within(Promise.all(up), 10_000, `cycle ${cycle}: the buses reconnecting`);
      await eventually(() => screensCurrent() && keypadCurrent(), `cycle ${cycle}: every screen and the keypad showing the current state`);
      // Connected means frames go out: the link is up and no write is past its deadline.
      for (const id of ['led-bus-1', 'led-bus-2', 'keypad-bus']) expect(h.status(id)).toMatchObject({ connected: true, error: null });
    }
    await within(Promise.all(buses.map((b) => b.scheduler.idle())), 10_000, 'the buses going idle');
    const seconds = (performance.now() - started) / 1000;
    console.log(`${CYCLES} unplug/replug cycles in ${seconds.toFixed(1)} s; calls made while a port was closing under its transport: ${closingCalls}`);
    expect(buses.every((b) => b.scheduler.stats.timeouts === 0)).toBe(true); // recovered by refusal, not by deadlines
  },
  120_000,
);
