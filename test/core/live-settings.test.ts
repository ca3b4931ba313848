// A manager's change of a setting reaches every part that depends on it at once, without a restart:
// the hall's view and its push, the recent calls, the ticket printer's texts, the rating deadline, the
// sync's runner and the backup's schedule (and, for the time zone, both of those and the printer).
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { HallEvent } from '../../electron/contract';
import { printerConfigSchema } from '../../electron/devices/printing/config';
import { ticketTexts } from '../../electron/devices/printing/ticket-text';
import { readBackupLocation } from '../../electron/backup/location';
import { issue, login, makeTempDir, MONDAY_9AM, openSeededHall, run, staff, type TestHall } from '../support/hall';
import { eventually } from '../support/eventually';

let t: TestHall;
beforeEach(() => {
  t = openSeededHall();
});
afterEach(() => t.cleanup());

const upstream = { url: 'http://127.0.0.1:9/upstream', hallId: 'H1', secret: 's'.repeat(32), windowStart: '01:00', windowEnd: '05:00', maskText: true };

test('the hall name reaches the view, every client (hall.changed) and the next printed ticket', async () => {
  const pushed: HallEvent[] = [];
  t.hall.subscribe((e) => pushed.push(e));
  const texts = ticketTexts(t.hall, printerConfigSchema.parse({ interface: 'file', address: '/dev/null' })); // built before the change
  const ticket = issue(t.hall, login(t.hall, 'kiosk'), 'A');
  pushed.length = 0;

  t.hall.settings.update({ hallName: '新桥镇社区事务受理服务中心' });
  expect(t.hall.view().hallName).toBe('新桥镇社区事务受理服务中心');
  await eventually(() => expect(pushed).toContainEqual({ name: 'hall.changed', data: expect.objectContaining({ hallName: '新桥镇社区事务受理服务中心' }) }));
  expect(texts({ ticket, ahead: 0, reprintAt: null }).hallName).toBe('新桥镇社区事务受理服务中心');
});

test('the length of the recent calls list follows its setting, both ways', () => {
  const kiosk = login(t.hall, 'kiosk');
  const clerk = staff(t.hall, '1001', 1);
  for (let i = 0; i < 3; i++) {
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    run(t.hall, 'window.noShow', { window: 1 }, clerk);
  }
  expect(t.hall.view().recentCalls.map((c) => c.number)).toEqual(['A003', 'A002', 'A001']);
  t.hall.settings.update({ recentCalls: 2 });
  expect(t.hall.view().recentCalls.map((c) => c.number)).toEqual(['A003', 'A002']);
  t.hall.settings.update({ recentCalls: 6 }); // rebuilt from the event log, not only cut
  expect(t.hall.view().recentCalls.map((c) => c.number)).toEqual(['A003', 'A002', 'A001']);
});

test('the rating timeout applies to the next rating asked for', () => {
  const clerk = staff(t.hall, '1001', 1);
  issue(t.hall, login(t.hall, 'kiosk'), 'A');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  t.hall.settings.update({ ratingTimeoutSeconds: 90 });
  run(t.hall, 'window.finish', { window: 1 }, clerk);
  const prompt = run(t.hall, 'ratings.prompt', { window: 1 }, clerk);
  expect(prompt).toMatchObject({ timeoutSeconds: 90, awaiting: { deadline: new Date(MONDAY_9AM + 90_000).toISOString() } });
});

test('the upstream, its window and the time zone reach the running sync', () => {
  const admin = login(t.hall, 'admin');
  expect(run(t.hall, 'sync.status', {}, admin)).toMatchObject({ configured: false, nextAttemptAt: null });
  t.hall.settings.update({ sync: upstream });
  // Monday 09:00 in Shanghai: the next window opens Tuesday 01:00 hall time.
  expect(run(t.hall, 'sync.status', {}, admin)).toMatchObject({ configured: true, url: upstream.url, nextAttemptAt: '2026-11-23T17:00:00.000Z' });
  t.hall.settings.update({ sync: { ...upstream, windowStart: '02:30', windowEnd: '04:00' } });
  expect(run(t.hall, 'sync.status', {}, admin).nextAttemptAt).toBe('2026-11-23T18:30:00.000Z');
  t.hall.settings.update({ timeZone: 'Asia/Tokyo' }); // an hour ahead: 02:30 comes an hour sooner
  expect(run(t.hall, 'sync.status', {}, admin).nextAttemptAt).toBe('2026-11-23T17:30:00.000Z');
  expect(t.hall.devices.timeZone()).toBe('Asia/Tokyo');
});

test("the backup's folder, time and the time zone reach its schedule", () => {
  const admin = login(t.hall, 'admin');
  expect(run(t.hall, 'backup.status', {}, admin)).toMatchObject({ folder: null, nextAt: null });
  const folder = makeTempDir('tongban-backups-');
  t.hall.settings.update({ backup: { folder, keep: 7, time: '06:00' } });
  expect(run(t.hall, 'backup.status', {}, admin)).toMatchObject({ folder, keep: 7, nextAt: '2026-11-23T22:00:00.000Z' });
  expect(readBackupLocation(t.dataDir)).toBe(folder); // where the start-up check looks for a good copy
  t.hall.settings.update({ timeZone: 'Asia/Tokyo' });
  expect(run(t.hall, 'backup.status', {}, admin).nextAt).toBe('2026-11-23T21:00:00.000Z');
});

test('a bad value names its field and changes nothing; an unchanged value tells nobody', () => {
  const heard: string[] = [];
  t.hall.settings.watch('hallName', (v) => heard.push(v as string));
  expect(() => t.hall.settings.update({ hallName: 'X', recentCalls: 0 })).toThrow(expect.objectContaining({ code: 'bad_request', field: 'recentCalls' }));
  // @ts-expect-error -- a number for the url
  expect(() => t.hall.settings.update({ sync: { ...upstream, url: 42 } })).toThrow(expect.objectContaining({ field: 'sync.url' }));
  // @ts-expect-error -- not a setting of any capability: the type checker refuses it too
  expect(() => t.hall.settings.update({ nonsense: 1 })).toThrow(expect.objectContaining({ field: 'nonsense' }));
  // A stored setting keeps the rules of the command that sets it (the manager's HH:mm, the url).
  expect(() => t.hall.settings.update({ backup: { folder: '/tmp', keep: 7, time: '25:99' } })).toThrow(expect.objectContaining({ field: 'backup.time' }));
  expect(() => t.hall.settings.update({ sync: { ...upstream, url: 'ftp://x' } })).toThrow(expect.objectContaining({ field: 'sync.url' }));
  expect(t.hall.view().hallName).toBe('示范街道社区事务受理服务中心');
  t.hall.settings.update({ hallName: '示范街道社区事务受理服务中心' });
  expect(heard).toEqual([]);
  t.hall.settings.update({ hallName: 'B' });
  expect(heard).toEqual(['B']);
});

test('a change is refused inside another transaction (its watchers would hear of a value that may roll back)', () => {
  expect(() => t.hall.db.transaction(() => t.hall.settings.update({ hallName: 'C' }))()).toThrow('own transaction');
  expect(t.hall.view().hallName).toBe('示范街道社区事务受理服务中心');
});

test('the change is stored: a restart reads it back', () => {
  t.hall.settings.update({ hallName: '重启后', recentCalls: 3 });
  const hall = t.reopen();
  expect(hall.view().hallName).toBe('重启后');
  expect(hall.settings.get('recentCalls')).toBe(3);
});

test("a changed rating rule reaches every window's pad at once (rating.prompt)", () => {
  const prompts: HallEvent[] = [];
  t.hall.subscribe((e) => void (e.name === 'rating.prompt' && prompts.push(e)));
  t.hall.settings.update({ blockCallUntilRated: false }); // on by default: turned off
  const windows = t.hall.view().windows.map((w) => w.number);
  expect(prompts.map((e) => e.name === 'rating.prompt' && e.data.windowNo).sort()).toEqual([...windows].sort());
  expect(prompts.every((e) => e.name === 'rating.prompt' && !e.data.blocksCall)).toBe(true);
  // The ceiling of a rating being given reaches them too.
  prompts.length = 0;
  t.hall.settings.update({ ratingMaxSeconds: 600 });
  expect(prompts.map((e) => e.name === 'rating.prompt' && e.data.windowNo).sort()).toEqual([...windows].sort());
  expect(prompts.every((e) => e.name === 'rating.prompt' && e.data.maxSeconds === 600)).toBe(true);
});
