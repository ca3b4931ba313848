// PIN hashes: salted scrypt (Node's defaults, N = 16384, r = 8: ~16 MiB and tens of ms each). The
// synchronous pair is for seeding (the demo hall) and in-process callers; request paths use the async
// pair, which runs scrypt on libuv's thread pool so a flood of logins never stalls the hall's one thread.
import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';

const KEY_LENGTH = 32;

const format = (salt: Buffer, hash: Buffer) => `scrypt:${salt.toString('hex')}:${hash.toString('hex')}`;

function parse(stored: string): { salt: Buffer; expected: Buffer } | null {
  const [kind, saltHex, hashHex, extra] = stored.split(':');
  if (kind !== 'scrypt' || !saltHex || !hashHex || extra !== undefined) return null;
  const expected = Buffer.from(hashHex, 'hex');
  return expected.length > 0 ? { salt: Buffer.from(saltHex, 'hex'), expected } : null;
}

/**
 * At most this many scrypts at once, the rest wait their turn in order: each keeps a core busy, and the
 * hall's main thread must keep one (on a 2-core hall PC, one check at a time). The thread pool stays
 * free for the file system too.
 */
export const PIN_CHECKS_AT_ONCE = Math.max(1, availableParallelism() - 1);
let running = 0;
const queued: (() => void)[] = [];

async function scryptAsync(pin: string, salt: Buffer, length: number): Promise<Buffer> {
  if (running >= PIN_CHECKS_AT_ONCE) await new Promise<void>((resolve) => queued.push(resolve));
  else running += 1;
  try {
    return await new Promise<Buffer>((resolve, reject) => scrypt(pin, salt, length, (error, key) => (error ? reject(error) : resolve(key))));
  } finally {
    const next = queued.shift();
    if (next)
      next(); // the turn passes on: running stays the same
    else running -= 1;
  }
}

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  return format(salt, scryptSync(pin, salt, KEY_LENGTH));
}

export async function hashPinAsync(pin: string): Promise<string> {
  const salt = randomBytes(16);
  return format(salt, await scryptAsync(pin, salt, KEY_LENGTH));
}

export function verifyPin(pin: string, stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return false;
  return timingSafeEqual(parsed.expected, scryptSync(pin, parsed.salt, parsed.expected.length));
}

export async function verifyPinAsync(pin: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  return timingSafeEqual(parsed.expected, await scryptAsync(pin, parsed.salt, parsed.expected.length));
}

/**
 * Checked when the user is unknown or disabled, so that refusal takes as long as a wrong PIN and 工号
 * cannot be probed by timing. No PIN matches it, and it is never accepted anyway (no user row).
 */
export const NO_USER_HASH = format(Buffer.alloc(16), Buffer.alloc(KEY_LENGTH));
