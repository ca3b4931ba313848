// The setup server's two calls, and the wait for the hall to come up on the same port afterwards.
import type { HallError, SetupDone, SetupInput } from '../../../electron/contract';

export type SetupAnswer = { ok: true; value: SetupDone } | { ok: false; error: HallError };

export async function postSetup(code: string, input: SetupInput): Promise<SetupAnswer> {
  try {
    const response = await fetch('/api/setup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, ...input }) });
    const body = (await response.json()) as SetupDone | { ok: false; error: HallError };
    return response.ok ? { ok: true, value: body as SetupDone } : (body as { ok: false; error: HallError });
  } catch {
    return { ok: false, error: { code: 'offline', message: 'the setup server does not answer' } };
  }
}

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
