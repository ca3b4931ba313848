// The setup server's calls (setup, and the dry run of setup from a file), and the wait for the hall to
// come up on the same port afterwards.
import type { HallError, ImportPlan, SetupDone, SetupInput } from '../../../electron/contract';

export type Answer<T> = { ok: true; value: T } | { ok: false; error: HallError };
export type SetupAnswer = Answer<SetupDone>;

async function post<T>(path: string, body: unknown): Promise<Answer<T>> {
  try {
    const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer = (await response.json()) as T | { ok: false; error: HallError };
    return response.ok ? { ok: true, value: answer as T } : (answer as { ok: false; error: HallError });
  } catch {
    return { ok: false, error: { code: 'offline', message: 'the setup server does not answer' } };
  }
}

export const postSetup = (code: string, input: SetupInput): Promise<SetupAnswer> => post('/api/setup', { code, ...input });

/** What setup from `file` would create: checked by the hall, nothing written. */
export const previewSetup = (code: string, file: unknown, managerId: string): Promise<Answer<ImportPlan>> =>
  post('/api/setup/preview', { code, file, ...(managerId ? { managerId } : {}) });

/** Resolves once the hall itself answers (the setup server has handed over the port). */
export async function waitForHall(signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      const health = await fetch('/api/health', { signal });
      if (health.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
