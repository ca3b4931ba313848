// Every 差评 becomes a follow-up case: due after the hall's follow-up days, worked through 核实 → 整改 →
// 反馈 with who, when and notes; overdue cases stand out; a rating can be marked under review, with
// its reason, and nothing is ever deleted.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { commandNames, type FollowUpView, type Session } from '../../electron/contract';
import { login, openSeededHall, refuse, run, staff, type TestHall } from '../support/hall';
import { padLogin, serveOne } from '../support/rating';

const DAY = 86_400_000;

let t: TestHall;
let kiosk: Session;
let clerk: Session;
let admin: Session;
let pad: Session;
beforeEach(() => {
  t = openSeededHall();
  kiosk = login(t.hall, 'kiosk');
  clerk = staff(t.hall, '1001', 1);
  admin = login(t.hall, 'admin');
  pad = padLogin(t.hall, 1);
});
afterEach(() => t.cleanup());

function badRating(level: 1 | 2 = 1): void {
  serveOne(t.hall, kiosk, clerk, 1);
  run(t.hall, 'ratings.submit', { window: 1, level, reasons: ['attitude.rude'], text: '态度不好' }, pad);
}
const list = (filter?: string): FollowUpView[] => run(t.hall, 'followups.list', filter ? { filter } : {}, admin);
const record = (id: number, step: string, notes: string) => run(t.hall, 'followups.record', { id, step, notes }, admin) as FollowUpView;

describe('opening', () => {
  test('a 差评 opens a case due in 15 days; 好评 and 基本满意 open none', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    run(t.hall, 'ratings.submit', { window: 1, level: 3 }, pad);
    expect(list('all')).toEqual([]);
    badRating(2);
    const [c] = list();
    expect(c).toMatchObject({
      id: 1,
      openedAt: '2026-11-23T01:00:00.000Z',
      dueAt: '2026-12-08T01:00:00.000Z',
      steps: [],
      nextStep: 'verify',
      closedAt: null,
      overdue: false,
      rating: { number: 'A002', level: 2, reasons: ['attitude.rude'], text: '态度不好', clerk: { id: '1001', name: '张敏' } },
    });
  });

  test("the due days are the hall's setting", () => {
    run(t.hall, 'ratings.configure', { followUpDueDays: 5 }, admin);
    badRating();
    expect(list()[0]!.dueAt).toBe('2026-11-28T01:00:00.000Z');
  });
});

describe('steps', () => {
  test('核实 → 整改 → 反馈 with who, when and notes; the reply closes the case', () => {
    badRating();
    t.clock.advance(DAY);
    expect(record(1, 'verify', '调取录像，情况属实')).toMatchObject({ nextStep: 'rectify', closedAt: null });
    t.clock.advance(DAY);
    record(1, 'rectify', '窗口人员已培训');
    t.clock.advance(DAY);
    const closed = record(1, 'reply', '已电话回访居民');
    expect(closed.steps).toEqual([
      { step: 'verify', by: { id: 'admin', name: '管理员' }, at: '2026-11-24T01:00:00.000Z', notes: '调取录像，情况属实' },
      { step: 'rectify', by: { id: 'admin', name: '管理员' }, at: '2026-11-25T01:00:00.000Z', notes: '窗口人员已培训' },
      { step: 'reply', by: { id: 'admin', name: '管理员' }, at: '2026-11-26T01:00:00.000Z', notes: '已电话回访居民' },
    ]);
    expect(closed).toMatchObject({ nextStep: null, closedAt: '2026-11-26T01:00:00.000Z', overdue: false });
    expect(list('open')).toEqual([]);
    expect(list('closed').map((c) => c.id)).toEqual([1]);
    const events = t.hall.db.prepare("SELECT type, user_id, json_extract(data, '$.step') AS step FROM events WHERE type LIKE 'followup.%' ORDER BY id").all();
    expect(events).toEqual([
      { type: 'followup.opened', user_id: null, step: null },
      { type: 'followup.step', user_id: 'admin', step: 'verify' },
      { type: 'followup.step', user_id: 'admin', step: 'rectify' },
      { type: 'followup.step', user_id: 'admin', step: 'reply' },
    ]);
  });

  test('out of order, twice, after closing, without notes, unknown case: refused and nothing recorded', () => {
    badRating();
    expect(refuse(t.hall, 'followups.record', { id: 1, step: 'rectify', notes: 'x' }, admin)).toMatchObject({
      code: 'conflict',
      reason: 'followup_step_order',
    });
    expect(refuse(t.hall, 'followups.record', { id: 1, step: 'verify', notes: '   ' }, admin)).toMatchObject({ code: 'bad_request', field: 'notes' });
    expect(refuse(t.hall, 'followups.record', { id: 2, step: 'verify', notes: 'x' }, admin)).toMatchObject({ code: 'not_found', field: 'id' });
    expect(refuse(t.hall, 'followups.record', { id: 1, step: 'praise', notes: 'x' }, admin)).toMatchObject({ code: 'bad_request', field: 'step' });
    record(1, 'verify', 'ok');
    expect(refuse(t.hall, 'followups.record', { id: 1, step: 'verify', notes: 'again' }, admin).reason).toBe('followup_step_order');
    record(1, 'rectify', 'ok');
    record(1, 'reply', 'ok');
    expect(refuse(t.hall, 'followups.record', { id: 1, step: 'reply', notes: 'x' }, admin).reason).toBe('followup_step_order');
    expect(run(t.hall, 'followups.get', { id: 1 }, admin).steps).toHaveLength(3);
  });

  test('the manager only: clerks, pads and kiosks may not read or record cases', () => {
    badRating();
    for (const who of [clerk, pad, kiosk]) {
      expect(refuse(t.hall, 'followups.list', {}, who).code).toBe('forbidden');
      expect(refuse(t.hall, 'followups.record', { id: 1, step: 'verify', notes: 'x' }, who).code).toBe('forbidden');
      expect(refuse(t.hall, 'ratings.markUnderReview', { ratingId: 1, kind: 'malicious', reason: 'x' }, who).code).toBe('forbidden');
    }
  });
});

describe('due and overdue', () => {
  test('a case open past its due date is overdue and listed first; closed late stays marked', () => {
    badRating(); // case 1, due 2026-12-08 09:00
    t.clock.advance(10 * DAY);
    clerk = staff(t.hall, '1001', 1); // a new day: the window was closed overnight
    badRating(); // case 2, due 2026-12-18
    t.clock.advance(5 * DAY - 1);
    expect(list('overdue')).toEqual([]);
    t.clock.advance(2);
    expect(list('overdue').map((c) => c.id)).toEqual([1]);
    expect(list('open').map((c) => [c.id, c.overdue])).toEqual([
      [1, true],
      [2, false],
    ]);
    record(1, 'verify', 'a');
    record(1, 'rectify', 'b');
    record(1, 'reply', 'c');
    expect(run(t.hall, 'followups.get', { id: 1 }, admin)).toMatchObject({ overdue: true, nextStep: null });
    expect(list('overdue')).toEqual([]);
  });
});

describe('under review, never deleted', () => {
  test('a rating marked mistaken or malicious keeps its record and case, and says why', () => {
    badRating();
    const reviewed = run(t.hall, 'ratings.markUnderReview', { ratingId: 1, kind: 'malicious', reason: '同一居民连续恶意差评' }, admin);
    expect(reviewed).toMatchObject({
      id: 1,
      level: 1,
      status: 'rated',
      review: { kind: 'malicious', reason: '同一居民连续恶意差评', by: 'admin', at: '2026-11-23T01:00:00.000Z' },
    });
    expect(list()[0]!.rating.review).toMatchObject({ kind: 'malicious' });
    expect(refuse(t.hall, 'ratings.markUnderReview', { ratingId: 1, kind: 'mistaken', reason: 'x' }, admin).reason).toBe('already_under_review');
    expect(refuse(t.hall, 'ratings.markUnderReview', { ratingId: 9, kind: 'mistaken', reason: 'x' }, admin)).toMatchObject({
      code: 'not_found',
      field: 'ratingId',
    });
    expect(refuse(t.hall, 'ratings.markUnderReview', { ratingId: 1, kind: 'spam', reason: 'x' }, admin).field).toBe('kind');
    expect(refuse(t.hall, 'ratings.markUnderReview', { ratingId: 1, kind: 'mistaken', reason: '' }, admin).field).toBe('reason');
  });

  test('a rating that was never given cannot be put under review', () => {
    serveOne(t.hall, kiosk, clerk, 1);
    expect(refuse(t.hall, 'ratings.markUnderReview', { ratingId: 1, kind: 'mistaken', reason: 'x' }, admin).code).toBe('conflict');
  });

  test('no command deletes, and the database refuses deleting or rewriting ratings, cases and steps', () => {
    badRating();
    record(1, 'verify', 'a');
    const db = t.hall.db;
    expect(() => db.prepare('DELETE FROM ratings').run()).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE ratings SET level = 5').run()).toThrow(/never changes/);
    expect(() => db.prepare('DELETE FROM followups').run()).toThrow(/never deleted/);
    expect(() => db.prepare('DELETE FROM followup_steps').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE followup_steps SET notes = ''").run()).toThrow(/never changed/);
    expect(commandNames.filter((n) => /delete|remove/i.test(n))).toEqual([]);
    expect(run(t.hall, 'followups.get', { id: 1 }, admin).steps).toHaveLength(1);
  });
});
