// Commands of the configuration file (issue 11): export the hall's configuration as one JSON file,
// import one (a dry run first, then all of it in one transaction or nothing), and import the item
// catalogue from the CSV or xlsx sheet a Chinese office keeps. Manager (admin) only.
import { z } from 'zod';
import { command } from './command-spec';
import type { ConfigFile } from './config-file';
import type { ImportPlan } from './transfer-views';

export const transferCommands = {
  'config.export': command<ConfigFile>()(['admin'], z.strictObject({})),
  /** `file` is checked by the hall against the file's schema, so an error names the entry and field (`items[3].serviceId`). */
  'config.import': command<ImportPlan>()(['admin'], z.strictObject({ file: z.unknown(), dryRun: z.boolean().default(true) })),
  /** `data`: the file's bytes in base64 (CSV in GBK or UTF-8, with or without BOM; or xlsx, its first sheet). */
  'config.importItems': command<ImportPlan>()(
    ['admin'],
    z.strictObject({
      format: z.enum(['csv', 'xlsx']),
      data: z.base64().max(1_400_000),
      dryRun: z.boolean().default(true),
    }),
  ),
} as const;
