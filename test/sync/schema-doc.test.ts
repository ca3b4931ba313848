// docs/sync-batch.schema.json is the published form of the batch schema: generated from the zod
// schema the hall and the receiver use, and checked here so the two never drift.
// Regenerate with `npm run schema:sync`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { z } from 'zod';
import { dayBatch } from '../../electron/sync/batch-schema';

const file = 'docs/sync-batch.schema.json';

test('docs/sync-batch.schema.json matches the batch schema', () => {
  const schema = {
    ...z.toJSONSchema(dayBatch),
    $id: 'https://tongban.invalid/schemas/day-batch-v1.json',
    title: 'Tongban day batch, version 1',
    description: 'One closed business day of one hall (or one chunk of it), as uploaded by the nightly sync.',
  };
  const text = JSON.stringify(schema, null, 2) + '\n';
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, text);
  expect(existsSync(file)).toBe(true);
  expect(readFileSync(file, 'utf8')).toBe(text);
  expect(schema.properties).toHaveProperty('ratings');
});
