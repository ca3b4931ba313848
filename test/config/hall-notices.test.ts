// The hall's notices and the kiosk's languages over real loopback HTTP: a bad value is 400 naming the
// field and changes nothing (no setting, no audit row, no push); a good save is audited before → after
// and reaches the hall's public view and every open screen (hall.changed) at once.
import { afterEach, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { connectEvents, type EventClient } from '../support/ws';

let s: TestServer | undefined;
let events: EventClient | undefined;
afterEach(async () => {
  events?.close();
  await s?.close();
});

const defaults = { ticketNotice: [], screenNotice: '', kioskLanguages: ['zh-CN', 'zh-TW', 'en'] };

test.each([
  [{ kioskLanguages: [] }, 'kioskLanguages'],
  [{ kioskLanguages: ['zh-CN', 'zh-CN'] }, 'kioskLanguages'],
  [{ kioskLanguages: ['fr'] }, 'kioskLanguages.0'],
  [{ screenNotice: 'x'.repeat(201) }, 'screenNotice'],
  [{ ticketNotice: Array.from({ length: 9 }, () => '一行') }, 'ticketNotice'],
  [{ ticketNotice: ['好', 'y'.repeat(121)] }, 'ticketNotice.1'],
  [{ ticketNotice: ['  '] }, 'ticketNotice.0'],
  [{ hallName: '新名字', screenNotice: 7 }, 'screenNotice'],
])('a bad hall setting %j is 400 naming %s and changes nothing', async (body, field) => {
  s = await startTestServer();
  const admin = await s.login('admin');
  const before = await s.api('GET', '/api/config/hall', undefined, admin);
  expect(before.body).toMatchObject(defaults);
  const refused = await s.api('POST', '/api/config/hall', body, admin);
  expect(refused).toMatchObject({ status: 400, body: { ok: false, error: { code: 'bad_request', field } } });
  expect((await s.api('GET', '/api/config/hall', undefined, admin)).body).toEqual(before.body);
  expect((await s.api('GET', '/api/audit', undefined, admin)).body.entries).toEqual([]);
});

test('the notices are saved, audited before → after, and the hall screen hears the screen notice', async () => {
  s = await startTestServer();
  const admin = await s.login('admin');
  events = await connectEvents(s.server.url);
  await events.next((m) => m.type === 'event' && m.name === 'hall.changed'); // the view at connection
  const change = { ticketNotice: ['办公时间 8:30–17:30'], screenNotice: '今日医保窗口办理至16:00', kioskLanguages: ['zh-CN', 'en'] };
  const saved = await s.api('POST', '/api/config/hall', change, admin);
  expect(saved).toMatchObject({ status: 200, body: { ...change, hallName: '示范街道社区事务受理服务中心' } });

  const pushed = await events.next((m) => m.type === 'event' && m.name === 'hall.changed');
  expect(pushed.data).toMatchObject({ screenNotice: '今日医保窗口办理至16:00', kioskLanguages: ['zh-CN', 'en'] });
  expect((await s.api('GET', '/api/hall')).body).toMatchObject({ screenNotice: '今日医保窗口办理至16:00', kioskLanguages: ['zh-CN', 'en'] });
  expect(pushed.data).not.toHaveProperty('ticketNotice'); // printed, not shown

  const [entry, ...older] = (await s.api('GET', '/api/audit', undefined, admin)).body.entries;
  expect(older).toEqual([]);
  expect(entry).toMatchObject({ action: 'hall.updated', target: null, userId: 'admin', before: defaults, after: change });

  // The same values again change nothing and record nothing.
  await s.api('POST', '/api/config/hall', change, admin);
  expect((await s.api('GET', '/api/audit', undefined, admin)).body.entries).toHaveLength(1);
  // The store holds it (what the printer and the screens read).
  expect(s.hall.settings.get('screenNotice')).toBe('今日医保窗口办理至16:00');
});
