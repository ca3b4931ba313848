// Hall settings are validated on read: a hand-edited or unknown value falls back to its default
// (with a warning) and never stops the hall from opening.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { readSettings, settingsSchema } from '../../electron/core/settings';
import { issue, login, openSeededHall, type TestHall } from '../support/hall';

let t: TestHall;
beforeEach(() => {
  t = openSeededHall();
});
afterEach(() => {
  vi.restoreAllMocks();
  t.cleanup();
});

const rawSetting = (key: string, value: string) =>
  t.hall.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);

test('the defaults, and the demo hall name stored in the database', () => {
  expect(readSettings(t.hall.db)).toEqual({
    hallName: '示范街道社区事务受理服务中心',
    timeZone: 'Asia/Shanghai',
    policyMode: 'skill',
    maxWaitMinutes: 30,
    priorityStreakMax: 2,
    recentCalls: 6,
    ratingTimeoutSeconds: 60,
    ratingDefaultLevel: null,
    blockCallUntilRated: true,
    ratingMaxSeconds: 300,
    followUpDueDays: 15,
    noShowUndoSeconds: 10,
    requeueOffset: 3,
    requeueLimit: 2,
    allowCallSpecific: true,
    publicBaseUrl: null,
    // Made at the first start (the tickets' progress-page links): the hall's own, random.
    ticketLinkKey: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
});

test('written settings are read back', () => {
  t.hall.settings.update({ maxWaitMinutes: 45, policyMode: 'pure' });
  expect(readSettings(t.hall.db)).toMatchObject({ maxWaitMinutes: 45, policyMode: 'pure' });
  // A bad value names its field and changes nothing, not even the good value beside it.
  expect(() => t.hall.settings.update({ recentCalls: 8, maxWaitMinutes: -1 })).toThrow(
    expect.objectContaining({ code: 'bad_request', field: 'maxWaitMinutes' }),
  );
  expect(readSettings(t.hall.db)).toMatchObject({ maxWaitMinutes: 45, recentCalls: 6 });
});

test.each([
  ['policyMode', '"fastest"', 'skill'],
  ['maxWaitMinutes', '"thirty"', 30],
  ['maxWaitMinutes', '-5', 30],
  ['recentCalls', '0', 6],
  ['hallName', '""', '社区事务受理服务中心'],
  ['timeZone', '"Mars/Olympus_Mons"', 'Asia/Shanghai'],
  ['timeZone', '{not json', 'Asia/Shanghai'],
])('an invalid %s (%s) falls back to %j and the hall still opens', (key, raw, fallback) => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  rawSetting(key, raw);
  expect(readSettings(t.hall.db)[key as keyof typeof settingsSchema.shape]).toEqual(fallback);
  expect(warn).toHaveBeenCalled();
  const hall = t.reopen();
  expect(issue(hall, login(hall, 'kiosk'), 'A')).toMatchObject({ number: 'A001', businessDay: '2026-11-23' });
});
