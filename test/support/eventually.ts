// Waiting for a positive signal in tests (no sleeps): one helper for every folder.

/**
 * Polls until `check` holds (returns truthy): a wait for a positive signal, never a proof that
 * nothing happened. The timeout only turns a hang into a failure, generous for a busy machine.
 */
export async function eventually<T>(check: () => T, what = 'condition', timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
