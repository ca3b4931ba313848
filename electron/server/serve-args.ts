// Command-line options of `npm run serve` (see serve.ts), parsed and checked apart so they can be tested.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseClockOption } from '../core/clock-option';

export function parseServeArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      demo: { type: 'boolean', default: false },
      data: { type: 'string' },
      port: { type: 'string', default: '7300' },
      host: { type: 'string' },
      devices: { type: 'string' },
      clock: { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`);
  if (values.demo && values.host && values.host !== '127.0.0.1') {
    throw new Error('the demo hall has public PINs, so it only binds to 127.0.0.1');
  }
  return {
    demo: values.demo,
    dataDir: resolve(values.data ?? (values.demo ? 'data-demo' : 'data')),
    port,
    host: values.demo ? '127.0.0.1' : (values.host ?? '0.0.0.0'),
    devicesFile: values.devices === undefined ? null : resolve(values.devices),
    /** --clock: the hall on a shifted or fixed clock (core/clock-option.ts); null: the PC's clock. */
    clock: values.clock === undefined ? null : parseClockOption(values.clock),
  };
}
