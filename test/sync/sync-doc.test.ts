// docs/SYNC.md cannot drift from the code: its worked signature example is recomputed with the code's
// signing, the header names it lists are the ones the hall sends, and "What leaves the hall" names every
// field of the batch schema. docs/API.md lists every 差评 reason code.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ratingReasons } from '../../electron/contract';
import { batchAudit, batchDuty, batchFollowUpStep, batchRating, batchTicket, dayBatch } from '../../electron/sync/batch-schema';
import { bodyHash, canonical, sign, signedHeaders, SIGNATURE_HEADERS } from '../../electron/sync/signing';

const doc = readFileSync('docs/SYNC.md', 'utf8');

function example(): Record<string, string> {
  const block = doc.split('<!-- signature-example -->')[1]!.split('```')[1]!;
  return Object.fromEntries(
    block
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );
}

test('the worked signature example in SYNC.md is what the code computes', () => {
  const e = example();
  const parts = { method: e.method!, path: e.path!, timestamp: e.timestamp!, nonce: e.nonce!, body: e.body! };
  expect(e.body).toContain('请'); // the body hash is over UTF-8 bytes
  expect(bodyHash(parts.body)).toBe(e.bodyHash);
  expect(sign(e.secret!, parts)).toBe(e.signature);
  // The five-line canonical string printed after the example.
  const printed = doc.split('The canonical string of this example')[1]!.split('```')[1]!.trim();
  expect(canonical(parts)).toBe(printed);
  // Lowercase hex, and signedHeaders signs the path with the same function.
  expect(e.signature).toMatch(/^[0-9a-f]{64}$/);
  const headers = signedHeaders('hall-001', e.secret!, 'POST', e.path!, e.body!, Number(e.timestamp), 'k');
  expect(headers[SIGNATURE_HEADERS.signature]).toBe(sign(e.secret!, { ...parts, nonce: headers[SIGNATURE_HEADERS.nonce]! }));
  expect(headers[SIGNATURE_HEADERS.nonce]).toMatch(/^[0-9a-f]{32}$/);
});

test('SYNC.md lists every header the hall sends', () => {
  const headers = signedHeaders('h', 'secret-0123456789', 'POST', '/api/v1/batches', '{}', 1, 'k');
  for (const name of Object.keys(headers)) expect(doc, name).toContain(`| \`${name}\` |`);
});

test('“What leaves the hall” names every field of the batch, and nothing the schema lacks is left out', () => {
  const section = doc.split('## What leaves the hall')[1]!.split('## What is masked')[0]!;
  const named = new Set([...section.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]));
  const fields = [dayBatch, batchTicket, batchRating, batchFollowUpStep, batchDuty, batchAudit].flatMap((schema) => Object.keys(schema.shape));
  expect(fields.filter((f) => !named.has(f))).toEqual([]);
});

test('docs/API.md lists every 差评 reason code', () => {
  const api = readFileSync('docs/API.md', 'utf8');
  for (const code of ratingReasons) expect(api, code).toContain(`\`${code}\``);
});
