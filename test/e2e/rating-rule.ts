// The demo hall makes the next call wait for the last resident's rating (blockCallUntilRated, on by
// default since issue 14). A spec about other things that finishes a ticket and calls the next at once
// runs on a hall that lets the call close an untouched rating, and puts the default back after itself
// (the specs share one demo server). The wait itself: rating-wait.spec.ts and rating.spec.ts.
import { E2E_PORT } from '../../playwright.config';

async function setBlockCall(on: boolean, base: string): Promise<void> {
  const login = await fetch(`${base}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'admin', pin: '000000' }),
  });
  const { token } = (await login.json()) as { token: string };
  const set = await fetch(`${base}/api/rating-settings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ blockCallUntilRated: on }),
  });
  if (!set.ok) throw new Error(`rating settings: ${set.status} ${await set.text()}`);
}

/** For a spec's beforeAll / afterAll: calls close untouched ratings, then the hall's default again. */
export const letCallsCloseRatings = (base = `http://127.0.0.1:${E2E_PORT}`) => setBlockCall(false, base);
export const restoreRatingWait = (base = `http://127.0.0.1:${E2E_PORT}`) => setBlockCall(true, base);
