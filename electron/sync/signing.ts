// Request signing between a hall and the upstream platform: HMAC-SHA256 with the hall's shared
// secret over the method, path, timestamp, nonce and the SHA-256 of the body, so neither the body nor
// the target can be changed in transit and a captured request cannot be replayed later.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Where a hall posts its day batches, below the upstream's base URL. */
export const BATCH_PATH = '/api/v1/batches';

export const SIGNATURE_HEADERS = {
  hall: 'x-tongban-hall',
  timestamp: 'x-tongban-timestamp',
  nonce: 'x-tongban-nonce',
  signature: 'x-tongban-signature',
  idempotencyKey: 'idempotency-key',
} as const;

export interface SignedParts {
  method: string;
  path: string;
  /** Unix milliseconds, as sent. */
  timestamp: string;
  nonce: string;
  body: string;
}

export const bodyHash = (body: string): string => createHash('sha256').update(body, 'utf8').digest('hex');

export function canonical(parts: SignedParts): string {
  return [parts.method.toUpperCase(), parts.path, parts.timestamp, parts.nonce, bodyHash(parts.body)].join('\n');
}

export function sign(secret: string, parts: SignedParts): string {
  return createHmac('sha256', secret).update(canonical(parts)).digest('hex');
}

export function verifySignature(secret: string, parts: SignedParts, signature: string): boolean {
  const expected = Buffer.from(sign(secret, parts), 'hex');
  const actual = Buffer.from(/^[0-9a-f]{64}$/.test(signature) ? signature : '', 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The headers of a signed request (the body is sent as is). */
export function signedHeaders(
  hallId: string,
  secret: string,
  method: string,
  path: string,
  body: string,
  now: number,
  idempotencyKey: string,
): Record<string, string> {
  const timestamp = String(now);
  const nonce = randomBytes(16).toString('hex');
  return {
    'content-type': 'application/json',
    [SIGNATURE_HEADERS.hall]: hallId,
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.nonce]: nonce,
    [SIGNATURE_HEADERS.signature]: sign(secret, { method, path, timestamp, nonce, body }),
    [SIGNATURE_HEADERS.idempotencyKey]: idempotencyKey,
  };
}
