// What leaves the hall: the free text of a 差评 and the follow-up notes arrive at the real receiver with
// phone and ID numbers masked (the default), or as typed when the hall configured so; the hall keeps the
// text as typed for its own follow-up; a day keeps the text mode it started with.
import { afterEach, expect, test } from 'vitest';
import type { DayBatch } from '../../electron/sync/batch-schema';
import { login, openSeededHall, run, staff, type TestHall } from '../support/hall';
import { padLogin, serveOne } from '../support/rating';
import { DAY, HALL_ID, SECRET, startReceiver, uploaderFor, type TestReceiver } from '../support/sync';

let t: TestHall | undefined;
let r: TestReceiver | undefined;
afterEach(async () => {
  t?.cleanup();
  await r?.close();
});

const TEXT = '等了30分钟没人管，请回电13812345678，身份证110101199003074514';
const NOTE = '已电话联系 021-62345678';

/** One 差评 with text and a follow-up step on each of `days` days from Monday, then 02:00 the night after. */
function hallWithBadRatings(days: number): TestHall {
  const hall = openSeededHall();
  for (let d = 0; d < days; d++) {
    const clerk = staff(hall.hall, '1003', 3);
    serveOne(hall.hall, login(hall.hall, 'kiosk'), clerk, 3, 'A');
    run(hall.hall, 'ratings.submit', { window: 3, level: 1, reasons: ['attitude.cold'], text: TEXT }, padLogin(hall.hall, 3));
    const admin = login(hall.hall, 'admin');
    const open = (run(hall.hall, 'followups.list', {}, admin) as { id: number }[]).at(-1)!;
    run(hall.hall, 'followups.record', { id: open.id, step: 'verify', notes: NOTE }, admin);
    run(hall.hall, 'window.signOut', { window: 3 }, clerk);
    hall.clock.advance(DAY);
  }
  hall.clock.set(hall.clock.now() - 7 * 3600_000);
  hall.hall.engine.rollover();
  return hall;
}

const stored = (receiver: TestReceiver, day: string) =>
  JSON.parse((receiver.db.prepare('SELECT body FROM batches WHERE business_day = ?').get(day) as { body: string }).body) as DayBatch;

test('by default the batch carries the text masked; the hall keeps it as typed', async () => {
  t = hallWithBadRatings(1);
  r = await startReceiver({ now: () => t!.clock.now() });
  expect(await uploaderFor(t, r.url).sendPending()).toEqual({ kind: 'delivered', days: ['2026-11-23'] });
  const batch = stored(r, '2026-11-23');
  expect(batch.ratings[0]!.text).toBe('等了30分钟没人管，请回电138****5678，身份证**************4514');
  expect(batch.followUpSteps[0]!.note).toBe('已电话联系 021-****5678');
  expect(JSON.stringify(batch)).not.toMatch(/13812345678|110101199003074514|62345678/);
  expect(t.hall.db.prepare('SELECT text FROM ratings').get()).toEqual({ text: TEXT });
});

test('configured to send text as typed: verbatim; a day already started keeps its mode, a re-send too', async () => {
  t = hallWithBadRatings(2);
  r = await startReceiver({ now: () => t!.clock.now() });
  // Day one starts masked and is cut off after its first attempt fails (nothing listens on port 9).
  expect((await uploaderFor(t, 'http://127.0.0.1:9').sendPending()).kind).toBe('failed');
  const verbatim = uploaderFor(t, r.url, { maskText: false });
  expect(await verbatim.sendPending()).toEqual({ kind: 'delivered', days: ['2026-11-23', '2026-11-24'] });
  expect(stored(r, '2026-11-23').ratings[0]!.text).toContain('138****5678');
  expect(stored(r, '2026-11-24').ratings[0]!.text).toBe(TEXT);
  expect(stored(r, '2026-11-24').followUpSteps[0]!.note).toBe(NOTE);
  expect(verbatim.store.day('2026-11-23')!.text_mode).toBe('masked');
  // Re-sent with masking on again: the day keeps its bytes, so the receiver recognises every chunk.
  const masked = uploaderFor(t, r.url, { maskText: true });
  masked.store.resend('2026-11-24', t.clock.now());
  expect(await masked.sendPending()).toEqual({ kind: 'delivered', days: ['2026-11-24'] });
  expect(masked.store.deliveries()[0]).toMatchObject({ business_day: '2026-11-24', round: 2, duplicates: 1 });
});

test('the setting is the hall’s: on by default, shown in the status, kept when omitted, switched off on request', () => {
  t = hallWithBadRatings(1);
  const admin = login(t.hall, 'admin');
  const config = { url: 'http://127.0.0.1:9', hallId: HALL_ID, secret: SECRET, windowStart: '01:00', windowEnd: '05:00' };
  expect(run(t.hall, 'sync.status', {}, admin).maskText).toBe(true);
  expect(run(t.hall, 'sync.configure', config, admin).maskText).toBe(true);
  expect(run(t.hall, 'sync.configure', { ...config, maskText: false }, admin).maskText).toBe(false);
  expect(run(t.hall, 'sync.configure', { ...config, windowStart: '02:00' }, admin).maskText).toBe(false);
  expect(run(t.reopen(), 'sync.status', {}, login(t.hall, 'admin')).maskText).toBe(false);
});
