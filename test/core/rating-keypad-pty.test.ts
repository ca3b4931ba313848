// The evaluator keypad channel end to end over real kernel ttys (socat PTY pairs, as the USB-RS485
// adapter of the hall's keypad bus): an evaluator press at window 3 lands as the rating of the ticket
// awaited at window 3 (not another window's), with channel keypad, and a press that comes too late
// is refused (the unit beeps) and records nothing.
import { afterEach, expect, test } from 'vitest';
import type { RatingPrompt } from '../../electron/contract';
import { evaluatorOf, startBusHarness, type BusHarness } from '../bus/harness';
import { eventually, HAVE_SOCAT, NO_SOCAT } from '../bus/support';
import { issue, login, run, staff } from '../support/hall';
import { ratingRows } from '../support/rating';

let h: BusHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const ptyTest = test.skipIf(!HAVE_SOCAT);
if (!HAVE_SOCAT) console.warn(NO_SOCAT);

ptyTest('an evaluator press over a PTY rates the right ticket at the right window; a late press is refused', async () => {
  h = await startBusHarness('pty');
  const hall = h.t.hall;
  // A hall where the next call may close an untouched rating, so that a press can come too late.
  hall.settings.update({ blockCallUntilRated: false });
  const kiosk = login(hall, 'kiosk');
  const at1 = staff(hall, '1001', 1);
  const at3 = staff(hall, '1003', 3);
  for (const s of ['A', 'A', 'B']) issue(hall, kiosk, s);
  // Window 1 finishes A001, window 3 finishes A002: both await a rating.
  run(hall, 'window.callNext', { window: 1 }, at1);
  run(hall, 'window.finish', { window: 1 }, at1);
  run(hall, 'window.callNext', { window: 3 }, at3);
  run(hall, 'window.finish', { window: 3 }, at3);
  const pushed: RatingPrompt[] = [];
  hall.subscribe((e) => e.name === 'rating.prompt' && pushed.push(e.data));

  // Key 3 of the 5-key evaluator at window 3 (0 非常满意 … 4 非常不满意) is 不满意, level 2.
  expect(await h.evaluate(evaluatorOf(3), 3)).toMatchObject({ acknowledged: true });
  await eventually(() => ratingRows(hall).some((r) => r.status === 'rated'), 'the rating stored');
  const rows = ratingRows(hall);
  expect(rows.find((r) => r.window_no === 3)).toMatchObject({
    number: 'A002',
    status: 'rated',
    level: 2,
    channel: 'keypad',
    rated_by: 'hall-bus',
    reasons: '[]',
  });
  expect(rows.find((r) => r.window_no === 1)).toMatchObject({ number: 'A001', status: 'awaiting' });
  // The window's pad hears that the keypad rated (so it thanks), and a keypad 差评 opens a case too.
  await eventually(() => pushed.some((p) => p.windowNo === 3 && p.awaiting === null && p.last?.status === 'rated'), 'the push to the pad');
  expect(run(hall, 'followups.list', {}, login(hall, 'admin')).map((c: { rating: { number: string } }) => c.rating.number)).toEqual(['A002']);

  // Window 1 calls its next ticket before anyone rated A001: a press now is too late and changes nothing.
  run(hall, 'window.callNext', { window: 1 }, at1);
  const beepsBefore = h.keypads.units.get(evaluatorOf(1))!.beeps;
  await h.evaluate(evaluatorOf(1), 0);
  await eventually(() => h!.keypads.units.get(evaluatorOf(1))!.beeps > beepsBefore, 'the refusal beeps');
  expect(ratingRows(hall).find((r) => r.window_no === 1)).toMatchObject({ number: 'A001', status: 'not_rated', closed_by: 'next_call', level: null });
  expect(h.status('evaluator:1').counters).toMatchObject({ refused: 1 });
});
