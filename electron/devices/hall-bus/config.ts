// The `bus` section of this PC's devices config: the RS-485 hall buses (LED screens; call keypads and
// evaluators), their ports, dialects and which address belongs to which window, and the hall-facing
// texts the screens show. Validated at load with the offending field named.
import { z } from 'zod';
import { pauseReasons, windowNo } from '../../contract';
import { ledDialectNames } from '../../../native/led/dialects';

const port = z.string().trim().min(1).describe("'/dev/ttyUSB0', 'COM3' or 'tcp://10.0.0.5:4001'");
const baud = z.number().int().min(1200).max(921600).default(9600);
/** After the adapter or serial server drops: retry after initialMs, doubling (with jitter) up to maxMs. */
const reconnect = z
  .strictObject({ initialMs: z.number().int().min(1).max(60_000).default(250), maxMs: z.number().int().min(1).max(600_000).default(5000) })
  .refine((r) => r.maxMs >= r.initialMs, { message: 'maxMs must be at least initialMs', path: ['maxMs'] })
  .default({ initialMs: 250, maxMs: 5000 });
/** A write's deadline is its bytes at the baud plus this margin, ms; a write past it is a fault and the link is made anew. */
const writeMarginMs = z.number().int().min(50).max(60_000).default(2000);

/** A screen's height in pixels (bx5k lays its text area out on it): 16 is one line of the 16-pixel font. */
const heightPx = z.number().int().min(8).max(512).default(16);

const ledScreen = z.strictObject({
  window: windowNo,
  address: z.number().int().min(0).max(0xfffe),
  /** Width in half-width cells (a hanzi is two; a cell is 8 pixels); longer texts scroll. */
  widthCells: z.number().int().min(2).max(1024).default(16),
  heightPx,
});

const hallScreen = z.strictObject({
  address: z.number().int().min(0).max(0xfffe),
  widthCells: z.number().int().min(2).max(1024).default(32),
  heightPx,
  /** How many of the latest calls the hall strip shows. */
  calls: z.number().int().min(1).max(10).default(3),
});

const ledBus = z.strictObject({
  port,
  baud,
  dialect: z.enum(ledDialectNames),
  /** Quiet time between frames, ms (never less than the dialect needs: strip 100). */
  gapMs: z.number().int().min(0).max(5000).default(20),
  replyTimeoutMs: z.number().int().min(20).max(10_000).default(300),
  retries: z.number().int().min(0).max(10).default(2),
  /** Ping (bx5k) or refresh (strip) the screens this often when the bus is quiet; 0 = never. */
  keepAliveSeconds: z.number().int().min(0).max(3600).default(30),
  reconnect,
  writeMarginMs,
  screens: z.array(ledScreen).default([]),
  hall: hallScreen.optional(),
});

const ft68Address = z.number().int().min(0).max(255);

const keypadBus = z.strictObject({
  port,
  baud,
  gapMs: z.number().int().min(0).max(1000).default(5),
  reconnect,
  writeMarginMs,
  keypads: z.array(z.strictObject({ window: windowNo, address: ft68Address })).default([]),
  evaluators: z.array(z.strictObject({ window: windowNo, address: ft68Address, keys: z.union([z.literal(4), z.literal(5)]).default(5) })).default([]),
});

/** Hall-facing Chinese by design; {number}, {window} and {hall} are filled in. */
const texts = z.strictObject({
  call: z.string().max(200).default('请{number}号到{window}号窗口'),
  serving: z.string().max(200).default('正在办理 {number}'),
  paused: z.string().max(200).default('暂停服务'),
  closed: z.string().max(200).default('暂停服务'),
  idle: z.string().max(200).default('{window}号窗口 欢迎您'),
  hallCall: z.string().max(200).default('请{number}号到{window}号窗口'),
  hallSeparator: z.string().max(20).default('  '),
  hallIdle: z.string().max(200).default('{hall} 欢迎您'),
  /** Replaces characters outside GB2312. */
  replacement: z.string().min(1).max(4).default('?'),
});

/** Index of the first value seen before, or -1. */
const firstRepeat = (values: number[]) => values.findIndex((v, i) => values.indexOf(v) !== i);

export const busConfigSchema = z
  .strictObject({
    led: z.array(ledBus).default([]),
    keypads: z.array(keypadBus).default([]),
    texts: texts.default(texts.parse({})),
    /** How long a call stays on the window screen before it shows 正在办理, seconds. */
    callShowSeconds: z.number().int().min(1).max(600).default(20),
    /** The service a keypad 转移 sends the current ticket to; null: the keypad refuses (beeps). */
    transferTo: z.string().min(1).max(16).nullable().default(null),
    pauseReason: z.enum(pauseReasons).default('other'),
  })
  .superRefine((bus, ctx) => {
    const once = (values: number[], path: (string | number)[], what: string) => {
      const i = firstRepeat(values);
      if (i >= 0) ctx.addIssue({ code: 'custom', path: [...path, i], message: `${what} ${values[i]} is used twice on this bus` });
    };
    bus.led.forEach((led, b) => {
      once([...led.screens.map((s) => s.address), ...(led.hall ? [led.hall.address] : [])], ['led', b, 'screens'], 'address');
    });
    bus.keypads.forEach((kp, b) => {
      // A keypad and an evaluator may share an address (a combined unit): their frames differ in C.
      for (const list of ['keypads', 'evaluators'] as const) {
        for (const field of ['address', 'window'] as const)
          once(
            kp[list].map((u) => u[field]),
            ['keypads', b, list],
            field,
          );
      }
    });
  });

export type BusConfig = z.infer<typeof busConfigSchema>;
export type LedBusConfig = BusConfig['led'][number];
export type KeypadBusConfig = BusConfig['keypads'][number];
export type BusTexts = BusConfig['texts'];
