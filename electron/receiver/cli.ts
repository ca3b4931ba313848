// `npm run receiver`: the reference upstream receiver as a server.
//   --port N        default 8700
//   --host H        default 0.0.0.0
//   --data DIR      where receiver.db lives (default ./receiver-data)
//   --halls FILE    JSON { "<hall id>": "<shared secret>", … } (required)
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { BATCH_PATH, createReceiver } from './receiver';
import { openReceiverDb } from './store';

const hallsFile = z.record(z.string().min(1).max(64), z.string().min(16, 'a shared secret needs at least 16 characters'));

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8700' },
      host: { type: 'string', default: '0.0.0.0' },
      data: { type: 'string', default: 'receiver-data' },
      halls: { type: 'string' },
    },
  });
  if (!values.halls) throw new Error('--halls FILE is required: JSON { "<hall id>": "<shared secret>" }');
  const parsed = hallsFile.safeParse(JSON.parse(readFileSync(values.halls, 'utf8')));
  if (!parsed.success) throw new Error(`${values.halls}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
  const dataDir = resolve(values.data);
  mkdirSync(dataDir, { recursive: true });
  const app = createReceiver({ db: openReceiverDb(join(dataDir, 'receiver.db')), halls: parsed.data });
  await app.listen({ host: values.host, port: Number(values.port) });
  console.log(`Tongban reference receiver: POST http://${values.host}:${values.port}${BATCH_PATH}   data: ${dataDir}`);
  console.log(`  halls: ${Object.keys(parsed.data).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(`receiver: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
