// `npm run restore -- --from FILE --data DIR`: puts a backup copy back as the hall database (see
// restore.ts). Plain Node (run through tsx), no Electron; prints what it did, exits 1 on refusal.
import { parseArgs } from 'node:util';
import { RestoreError, restoreCopy } from './restore';

const usage = 'usage: npm run restore -- --from BACKUP.db --data DATA_FOLDER';

function main(): number {
  let values: { from?: string; data?: string };
  try {
    ({ values } = parseArgs({ options: { from: { type: 'string' }, data: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`restore: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (!values.from || !values.data) {
    console.error(`restore: --from and --data are both required\n${usage}`);
    return 2;
  }
  try {
    for (const line of restoreCopy({ from: values.from, dataDir: values.data })) console.log(line);
    return 0;
  } catch (error) {
    if (!(error instanceof RestoreError)) throw error;
    console.error(`restore refused: ${error.message}`);
    return 1;
  }
}

process.exitCode = main();
