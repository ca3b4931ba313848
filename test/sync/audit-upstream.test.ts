// The audit goes upstream with its day: a manager's configuration change is in the day's batch (even a
// day with nothing else), before → after as recorded, never a photo; a version 1 batch still reads.
import { afterEach, expect, test } from 'vitest';
import { buildDayBatches, closedDays } from '../../electron/sync/batch-builder';
import { dayBatch } from '../../electron/sync/batch-schema';
import { login, openTestHall, run, type TestHall } from '../support/hall';
import { DAY, HALL_ID, receivedDays, SECRET, startReceiver, type TestReceiver } from '../support/sync';

let t: TestHall | undefined;
let r: TestReceiver | undefined;
afterEach(async () => {
  t?.cleanup();
  await r?.close();
});

const build = (day: string) => buildDayBatches(t!.hall.db, day, { hallId: HALL_ID, timeZone: 'Asia/Shanghai', chunkSize: 1000 });

test("a day with only a manager's change is sent, with the change before → after", async () => {
  t = openTestHall();
  t.clock.advance(7 * DAY); // a week later, nothing but a rename on this day
  const admin = login(t.hall, 'admin');
  run(t.hall, 'config.saveService', { id: 'Z', prefix: 'Z', name: { 'zh-CN': '综合咨询', 'zh-TW': '綜合諮詢', en: 'Enquiries' } }, admin);
  t.clock.advance(DAY);
  expect(closedDays(t.hall.db, '2026-12-01')).toContain('2026-11-30');
  const [batch] = build('2026-11-30');
  expect(batch).toMatchObject({ version: 2, tickets: [], totals: { tickets: 0, audit: 1 } });
  expect(batch!.audit).toEqual([
    {
      auditId: expect.any(Number),
      time: '2026-11-30 09:00:00',
      by: 'admin',
      action: 'service.updated',
      target: 'Z',
      before: expect.objectContaining({ name: { 'zh-CN': '咨询', 'zh-TW': '諮詢', en: 'Enquiries' } }),
      after: expect.objectContaining({ name: { 'zh-CN': '综合咨询', 'zh-TW': '綜合諮詢', en: 'Enquiries' } }),
    },
  ]);
  expect(dayBatch.parse(batch)).toEqual(batch);

  // It reaches the reference receiver, stored with the day.
  r = await startReceiver({ now: () => t!.clock.now() });
  run(t.hall, 'sync.configure', { url: r.url, hallId: HALL_ID, secret: SECRET, windowStart: '01:00', windowEnd: '05:00' }, admin);
  run(t.hall, 'sync.sendNow', {}, admin);
  await expect.poll(() => receivedDays(r!.db).map((d) => d.day)).toContain('2026-11-30');
  const stored = r.db.prepare("SELECT body FROM batches WHERE business_day = '2026-11-30'").get() as { body: string };
  expect(JSON.parse(stored.body).audit).toHaveLength(1);
});

test('a photo in an audit entry stays in the hall; a version 1 batch reads with an empty audit', () => {
  t = openTestHall();
  const at = t.clock.now();
  t.hall.db
    .prepare("INSERT INTO audit (at, business_day, user_id, action, target, before, after) VALUES (?, '2026-11-23', 'admin', 'clerk.updated', '1001', ?, ?)")
    .run(at, JSON.stringify({ name: '张敏', photo: null }), JSON.stringify({ name: '张敏', photo: 'data:image/png;base64,AAAA' }));
  const entry = build('2026-11-23')[0]!.audit.at(-1)!;
  expect(entry).toMatchObject({ before: { name: '张敏', photo: null }, after: { name: '张敏', photo: '(kept in the hall)' } });
  const v1 = { ...build('2026-11-23')[0]!, version: 1, audit: undefined, totals: { tickets: 0, ratings: 0, followUpSteps: 0, duty: 0 } };
  expect(dayBatch.parse(v1)).toMatchObject({ version: 1, audit: [], totals: { audit: 0 } });
});
