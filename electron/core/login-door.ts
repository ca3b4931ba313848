// The transports' door for auth.login (HTTP, WebSocket, IPC): the input checked as the door checks
// it, the PIN verified off the main thread (Auth.loginAsync), then the session committed, and only
// then the answer. The synchronous door's auth.login stays for in-process callers and tests.
import { fail, failOf, HallFault, type Result, type Session } from '../contract';
import type { HallLogger } from '../log/hall-logger';
import { logRefusal } from '../log/refusal-log';
import type { Auth } from './auth';
import { parseInput } from './dispatch';

/** `source`: where the login comes from (the remote address, or LOCAL_SOURCE for the hall PC's windows). */
export type LoginDoor = (input: unknown, source: string) => Promise<Result<Session>>;

export function createLoginDoor(auth: Auth, log: HallLogger, isOpen: () => boolean): LoginDoor {
  const attempt = async (input: unknown, source: string): Promise<Result<Session>> => {
    const parsed = parseInput('auth.login', input);
    if (!parsed.ok) return parsed;
    try {
      return { ok: true, value: await auth.loginAsync(parsed.value.user, parsed.value.pin, source) };
    } catch (error) {
      if (error instanceof HallFault) return failOf(error);
      if (!isOpen()) return fail('internal', 'the hall closed while the PIN was being checked');
      log('command auth.login failed', error);
      return fail('internal', 'internal error; the hall log has the details');
    }
  };
  return async (input, source) => {
    const result = await attempt(input, source);
    try {
      if (!result.ok && isOpen()) logRefusal(log, 'auth.login', input, null, result.error, source);
    } catch {
      // A log that cannot write must not turn the answer into a rejected promise (the door never rejects).
    }
    return result;
  };
}
