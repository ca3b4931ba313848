// Waiting for a positive signal in tests (no sleeps): one helper for every folder.
import { vi } from 'vitest';

/**
 * Polls until `check` holds (returns truthy): a wait for a positive signal, never a proof that
 * nothing happened. The timeout only turns a hang into a failure, generous for a busy machine.
 */
export async function eventually<T>(check: () => T, what = 'condition', timeoutMs = 10_000): Promise<T> {
  // vitest's waitFor polls until the callback stops throwing; a falsy value counts as not yet.
  return vi.waitFor(
    () => {
      const value = check();
      if (!value) throw new Error(`timed out waiting for ${what}`);
      return value;
    },
    { timeout: timeoutMs, interval: 10 },
  );
}
