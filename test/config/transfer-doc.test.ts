// docs/config-file.schema.json is the published form of the configuration file's schema: generated
// from the zod schema the hall checks an import with, and checked here so the two never drift.
// Regenerate with `npm run schema:config`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { z } from 'zod';
import { configFile } from '../../electron/contract/config-file';

const file = 'docs/config-file.schema.json';

test('docs/config-file.schema.json matches the configuration file schema', () => {
  const schema = {
    ...z.toJSONSchema(configFile, { io: 'input' }),
    $id: 'https://tongban.invalid/schemas/config-file-v1.json',
    title: 'Tongban configuration file, version 1',
    description:
      "A hall's configuration (hall settings, services, items, windows with their A岗/X岗 profiles and bus addresses, clerks with photos and without PINs, device accounts without codes or tokens) as config.export writes it and config.import reads it.",
  };
  const text = JSON.stringify(schema, null, 2) + '\n';
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, text);
  expect(existsSync(file)).toBe(true);
  expect(readFileSync(file, 'utf8')).toBe(text);
  expect(Object.keys(schema.properties ?? {})).toEqual(['format', 'version', 'exportedAt', 'hall', 'services', 'items', 'windows', 'clerks', 'devices']);
  // A photo's size is stated where a reader of the schema sees it.
  expect(JSON.stringify(schema)).toContain('at most 40 KiB');
});
