// The manager's services and hall settings: validated (the field is named, nothing changes), applied
// live (the kiosk's list and the hall's push), audited in the same transaction, manager only.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { HallEvent } from '../../electron/contract';
import { eventually } from '../support/eventually';
import { issue, login, openSeededHall, refuse, run, type TestHall } from '../support/hall';

let t: TestHall;
beforeEach(() => {
  t = openSeededHall();
});
afterEach(() => t.cleanup());

const pension = { id: 'P', prefix: 'P', name: { 'zh-CN': '养老', 'zh-TW': '養老', en: 'Pensions' }, dailyCap: 50 };
const tables = () => JSON.stringify(['services', 'audit', 'settings'].map((x) => t.hall.db.prepare(`SELECT * FROM ${x} ORDER BY rowid`).all()));

test('a new service is on the kiosk at once, takes tickets with its prefix, and is audited', async () => {
  const admin = login(t.hall, 'admin');
  const kiosk = login(t.hall, 'kiosk');
  const pushed: HallEvent[] = [];
  t.hall.subscribe((e) => pushed.push(e));
  const saved = run(t.hall, 'config.saveService', pension, admin);
  expect(saved).toMatchObject({ id: 'P', prefix: 'P', dailyCap: 50, startNumber: 1, enabled: true });
  expect(run(t.hall, 'services.list', {}, kiosk).map((s: { id: string }) => s.id)).toContain('P');
  await eventually(() => expect(pushed.map((e) => e.name)).toContain('hall.changed'));
  expect(issue(t.hall, kiosk, 'P')).toMatchObject({ number: 'P001' });
  const { entries } = run(t.hall, 'audit.list', {}, admin);
  expect(entries[0]).toMatchObject({ userId: 'admin', action: 'service.created', target: 'P', before: null, after: saved, businessDay: '2026-11-23' });
});

test('a renamed or disabled service shows so on the kiosk; the audit keeps before and after', () => {
  const admin = login(t.hall, 'admin');
  const kiosk = login(t.hall, 'kiosk');
  const before = run(t.hall, 'config.services', {}, admin).find((s: { id: string }) => s.id === 'A');
  const renamed = { ...before, name: { ...before.name, 'zh-CN': '社会保障' } };
  run(t.hall, 'config.saveService', renamed, admin);
  expect(run(t.hall, 'services.list', {}, kiosk).find((s: { id: string }) => s.id === 'A').name['zh-CN']).toBe('社会保障');
  run(t.hall, 'config.saveService', { ...renamed, enabled: false }, admin);
  expect(run(t.hall, 'services.list', {}, kiosk).map((s: { id: string }) => s.id)).not.toContain('A');
  expect(refuse(t.hall, 'tickets.issue', { serviceId: 'A' }, kiosk).code).toBe('not_found');
  const { entries } = run(t.hall, 'audit.list', { action: 'service.updated' }, admin);
  expect(entries.map((e: { before: { name: { 'zh-CN': string } } }) => e.before.name['zh-CN'])).toEqual(['社会保障', before.name['zh-CN']]);
  // Saving the same again changes nothing and records nothing.
  const newest = run(t.hall, 'audit.list', { limit: 1 }, admin).entries[0].id;
  run(t.hall, 'config.saveService', { ...renamed, enabled: false }, admin);
  expect(run(t.hall, 'audit.list', { limit: 1 }, admin).entries[0].id).toBe(newest);
});

test.each([
  [{ ...pension, prefix: 'A' }, 'prefix'],
  [{ ...pension, prefix: 'pp' }, 'prefix'],
  [{ ...pension, id: 'no spaces' }, 'id'],
  [{ ...pension, name: { ...pension.name, en: '' } }, 'name.en'],
  [{ ...pension, dailyCap: 0 }, 'dailyCap'],
  [{ ...pension, startNumber: 1000 }, 'startNumber'],
  [{ ...pension, colour: 'red' }, 'colour'],
])('a bad service (%j) names %s and changes nothing', (input, field) => {
  const admin = login(t.hall, 'admin');
  const before = tables();
  expect(refuse(t.hall, 'config.saveService', input, admin)).toMatchObject({ code: 'bad_request', field });
  expect(tables()).toBe(before);
});

test('the hall settings: applied live, audited with the settings in one transaction, the bad ones refused', () => {
  const admin = login(t.hall, 'admin');
  expect(run(t.hall, 'config.saveHall', { hallName: '新桥镇社区事务受理服务中心', maxWaitMinutes: 20 }, admin)).toEqual({
    hallName: '新桥镇社区事务受理服务中心',
    policyMode: 'skill',
    maxWaitMinutes: 20,
    priorityStreakMax: 2,
    recentCalls: 6,
    ticketNotice: [],
    screenNotice: '',
    kioskLanguages: ['zh-CN', 'zh-TW', 'en'],
    noShowUndoSeconds: 10,
    requeueOffset: 3,
    requeueLimit: 2,
    allowCallSpecific: true,
    publicBaseUrl: null,
  });
  expect(t.hall.view().hallName).toBe('新桥镇社区事务受理服务中心');
  const [entry] = run(t.hall, 'audit.list', {}, admin).entries;
  expect(entry).toMatchObject({
    action: 'hall.updated',
    target: null,
    before: { hallName: '示范街道社区事务受理服务中心', maxWaitMinutes: 30 },
    after: { maxWaitMinutes: 20 },
  });
  const before = tables();
  expect(refuse(t.hall, 'config.saveHall', { recentCalls: 0 }, admin)).toMatchObject({ code: 'bad_request', field: 'recentCalls' });
  expect(refuse(t.hall, 'config.saveHall', { priorityStreakMax: 0 }, admin)).toMatchObject({ code: 'bad_request', field: 'priorityStreakMax' });
  expect(refuse(t.hall, 'config.saveHall', { hallName: 'x'.repeat(41) }, admin)).toMatchObject({ field: 'hallName' });
  expect(refuse(t.hall, 'config.saveHall', { requeueOffset: 51 }, admin)).toMatchObject({ field: 'requeueOffset' });
  expect(refuse(t.hall, 'config.saveHall', { allowCallSpecific: 'no' }, admin)).toMatchObject({ field: 'allowCallSpecific' });
  expect(refuse(t.hall, 'config.saveHall', { publicBaseUrl: 'ftp://192.168.1.10' }, admin)).toMatchObject({ field: 'publicBaseUrl' });
  expect(refuse(t.hall, 'config.saveHall', { publicBaseUrl: 'http://大厅.local' }, admin)).toMatchObject({ field: 'publicBaseUrl' });
  expect(refuse(t.hall, 'config.saveHall', { publicBaseUrl: 'http://192.168.1.10/?x=1' }, admin)).toMatchObject({ field: 'publicBaseUrl' });
  expect(tables()).toBe(before);
  // The tickets' QR address (issue 14): saved, cleared with null.
  expect(run(t.hall, 'config.saveHall', { publicBaseUrl: 'http://192.168.1.10:7300' }, admin).publicBaseUrl).toBe('http://192.168.1.10:7300');
  expect(run(t.hall, 'config.saveHall', { publicBaseUrl: null }, admin).publicBaseUrl).toBeNull();
  // The queue moves' settings (issue 14) are the hall's too: saved here, live at once.
  expect(run(t.hall, 'config.saveHall', { allowCallSpecific: false, requeueLimit: 1 }, admin)).toMatchObject({ allowCallSpecific: false, requeueLimit: 1 });
  expect(t.hall.settings.get('allowCallSpecific')).toBe(false);
});

test('only a manager configures or reads the audit', () => {
  const clerk = login(t.hall, '1001');
  const kiosk = login(t.hall, 'kiosk');
  for (const session of [clerk, kiosk]) {
    expect(refuse(t.hall, 'config.saveService', pension, session).code).toBe('forbidden');
    expect(refuse(t.hall, 'config.saveHall', { hallName: 'X' }, session).code).toBe('forbidden');
    expect(refuse(t.hall, 'audit.list', {}, session).code).toBe('forbidden');
  }
  expect(refuse(t.hall, 'config.services', {}, null).code).toBe('unauthenticated');
});

test('the audit is append-only and pages back, newest first', () => {
  const admin = login(t.hall, 'admin');
  for (const cap of [10, 20, 30]) run(t.hall, 'config.saveService', { ...pension, dailyCap: cap }, admin);
  expect(() => t.hall.db.prepare('UPDATE audit SET user_id = ?').run('someone')).toThrow(/append-only/);
  expect(() => t.hall.db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
  // (The demo hall's own setup is in the audit too: filter to these changes.)
  const first = run(t.hall, 'audit.list', { limit: 1, action: 'service.updated' }, admin);
  expect(first.entries.map((e: { after: { dailyCap: number } }) => e.after.dailyCap)).toEqual([30]);
  const second = run(t.hall, 'audit.list', { limit: 1, action: 'service.updated', before: first.next }, admin);
  expect(second.entries.map((e: { after: { dailyCap: number } }) => e.after.dailyCap)).toEqual([20]);
  expect(second.next).toBeNull();
  expect(run(t.hall, 'audit.list', { limit: 1 }, admin).entries[0]).toMatchObject({ action: 'service.updated', after: { dailyCap: 30 } });
  expect(run(t.hall, 'audit.list', { userId: '1001' }, admin).entries).toEqual([]);
});
