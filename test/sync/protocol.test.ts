// The pieces of the sync protocol on their own: signing, the nightly window, the batch.
import { expect, test } from 'vitest';
import { dayBatch } from '../../electron/sync/batch-schema';
import { buildDayBatches, localTimeOf } from '../../electron/sync/batch-builder';
import { inWindow, nextWindowStart } from '../../electron/sync/night-window';
import { canonical, sign, verifySignature } from '../../electron/sync/signing';
import { MONDAY_9AM, issue, login, openSeededHall, run, staff } from '../support/hall';
import { padLogin, serveOne } from '../support/rating';

const parts = { method: 'POST', path: '/api/v1/batches', timestamp: '1795000000000', nonce: 'ab12', body: '{"a":1}' };

test('the signature covers method, path, timestamp, nonce and the body hash', () => {
  expect(canonical(parts).split('\n')).toEqual(['POST', '/api/v1/batches', '1795000000000', 'ab12', expect.stringMatching(/^[0-9a-f]{64}$/)]);
  const signature = sign('s3cret', parts);
  expect(verifySignature('s3cret', parts, signature)).toBe(true);
  for (const change of [{ method: 'PUT' }, { path: '/api/v1/other' }, { timestamp: '1795000000001' }, { nonce: 'ab13' }, { body: '{"a":2}' }]) {
    expect(verifySignature('s3cret', { ...parts, ...change }, signature)).toBe(false);
  }
  expect(verifySignature('other', parts, signature)).toBe(false);
  expect(verifySignature('s3cret', parts, 'not-hex')).toBe(false);
});

test('the nightly window, also across midnight, in hall time', () => {
  const at = (hhmm: string) => Date.parse(`2026-11-24T${hhmm}:00+08:00`);
  const night = { start: '01:00', end: '05:00' };
  expect(inWindow(at('00:59'), night, 'Asia/Shanghai')).toBe(false);
  expect(inWindow(at('01:00'), night, 'Asia/Shanghai')).toBe(true);
  expect(inWindow(at('04:59'), night, 'Asia/Shanghai')).toBe(true);
  expect(inWindow(at('05:00'), night, 'Asia/Shanghai')).toBe(false);
  expect(nextWindowStart(at('17:30'), night, 'Asia/Shanghai')).toBe(Date.parse('2026-11-25T01:00:00+08:00'));
  expect(nextWindowStart(at('02:00'), night, 'Asia/Shanghai')).toBe(at('02:00'));
  const late = { start: '23:00', end: '02:00' };
  expect(inWindow(at('23:30'), late, 'Asia/Shanghai') && inWindow(at('01:59'), late, 'Asia/Shanghai')).toBe(true);
  expect(inWindow(at('02:00'), late, 'Asia/Shanghai')).toBe(false);
});

test('a day batch: 好差评 time format, every ticket with its outcome, duty, chunks that add up', () => {
  const t = openSeededHall();
  try {
    const kiosk = login(t.hall, 'kiosk');
    for (let i = 0; i < 5; i++) issue(t.hall, kiosk, 'A');
    const clerk = staff(t.hall, '1003', 3);
    run(t.hall, 'window.callNext', { window: 3 }, clerk);
    run(t.hall, 'window.finish', { window: 3, outcome: 'handled', itemCode: 'A01' }, clerk);
    const chunks = buildDayBatches(t.hall.db, '2026-11-23', { hallId: 'h1', timeZone: 'Asia/Shanghai', chunkSize: 2 });
    expect(chunks.map((c) => [c.chunk.index, c.chunk.count, c.tickets.length, c.duty.length])).toEqual([
      [0, 3, 2, 0],
      [1, 3, 2, 0],
      [2, 3, 1, 1],
    ]);
    for (const c of chunks) expect(dayBatch.safeParse(c).success).toBe(true);
    expect(chunks[0]!.totals).toEqual({ tickets: 5, ratings: 0, followUpSteps: 0, duty: 1, audit: 0 });
    expect(chunks[0]!.tickets[0]).toMatchObject({
      ticketNo: 'A001',
      state: 'done',
      issueTime: '2026-11-23 09:00:00',
      windowNo: 3,
      clerkNo: '1003',
      itemCode: 'A01',
      outcome: 'handled',
    });
    expect(chunks[2]!.duty[0]).toEqual({ clerkNo: '1003', windowNo: 3, signIn: '2026-11-23 09:00:00', signOut: null });
    // A closed day rebuilds byte for byte: its idempotency keys stay valid across restarts.
    const again = buildDayBatches(t.hall.db, '2026-11-23', { hallId: 'h1', timeZone: 'Asia/Shanghai', chunkSize: 2 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(chunks));
  } finally {
    t.cleanup();
  }
  expect(localTimeOf(MONDAY_9AM, 'Asia/Shanghai')).toBe('2026-11-23 09:00:00');
  expect(localTimeOf(MONDAY_9AM, 'UTC')).toBe('2026-11-23 01:00:00');
});

test('the batch carries the day’s 好差评: pf channel, satisfaction, reason codes, assess time, and follow-up steps', () => {
  const t = openSeededHall();
  try {
    const kiosk = login(t.hall, 'kiosk');
    const clerk = staff(t.hall, '1003', 3);
    serveOne(t.hall, kiosk, clerk, 3, 'A', 'A01');
    t.clock.advance(30_000);
    run(t.hall, 'ratings.submit', { window: 3, level: 2, reasons: ['attitude.cold'], text: '等太久' }, padLogin(t.hall, 3));
    serveOne(t.hall, kiosk, clerk, 3, 'B');
    run(t.hall, 'ratings.submit', { window: 3, level: 5 }, padLogin(t.hall, 3));
    const admin = login(t.hall, 'admin');
    const [followUp] = run(t.hall, 'followups.list', {}, admin);
    t.clock.advance(3600_000);
    run(t.hall, 'followups.record', { id: followUp.id, step: 'verify', notes: '已核实' }, admin);
    const [batch] = buildDayBatches(t.hall.db, '2026-11-23', { hallId: 'h1', timeZone: 'Asia/Shanghai', chunkSize: 100 });
    expect(batch!.ratings).toEqual([
      expect.objectContaining({
        ticketNo: 'A001',
        pf: 4,
        satisfaction: 2,
        reasonCodes: ['attitude.cold'],
        text: '等太久',
        itemCode: 'A01',
        windowNo: 3,
        clerkNo: '1003',
        assessTime: '2026-11-23 09:00:30',
        underReview: false,
      }),
      expect.objectContaining({ ticketNo: 'B001', pf: 4, satisfaction: 5, reasonCodes: [] }),
    ]);
    expect(batch!.followUpSteps).toEqual([{ caseId: followUp.id, ticketNo: 'A001', step: 'verify', by: 'admin', time: '2026-11-23 10:00:30', note: '已核实' }]);
    expect(dayBatch.safeParse(batch).success).toBe(true);
  } finally {
    t.cleanup();
  }
});
