// The item catalogue: a deferred item names its promised days, an item's service must exist, a retired
// item is no longer offered but stays for the tickets that name it; every save audited.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { issue, login, openSeededHall, refuse, run, staff, type TestHall } from '../support/hall';

let t: TestHall;
beforeEach(() => {
  t = openSeededHall();
});
afterEach(() => t.cleanup());

const pensionPlan = {
  code: 'A99',
  serviceId: 'A',
  name: { 'zh-CN': '养老金测算', 'zh-TW': '養老金測算', en: 'Pension estimate' },
  kind: 'deferred',
  promisedDays: 5,
};
const tables = () => JSON.stringify(['items', 'audit'].map((x) => t.hall.db.prepare(`SELECT * FROM ${x} ORDER BY rowid`).all()));

test('a new item is offered at once; retired, it is no longer offered but finished tickets keep it', () => {
  const admin = login(t.hall, 'admin');
  expect(run(t.hall, 'config.saveItem', pensionPlan, admin)).toEqual({ ...pensionPlan, enabled: true });
  expect(run(t.hall, 'items.list', { serviceId: 'A' }).map((i: { code: string }) => i.code)).toContain('A99');
  const clerk = staff(t.hall, '1001', 1);
  issue(t.hall, login(t.hall, 'kiosk'), 'A');
  run(t.hall, 'window.callNext', { window: 1 }, clerk);
  const done = run(t.hall, 'window.finish', { window: 1, itemCode: 'A99' }, clerk);
  run(t.hall, 'config.saveItem', { ...pensionPlan, enabled: false }, admin);
  expect(run(t.hall, 'items.list', { serviceId: 'A' }).map((i: { code: string }) => i.code)).not.toContain('A99');
  expect(run(t.hall, 'config.items', { serviceId: 'A' }, admin).find((i: { code: string }) => i.code === 'A99')).toMatchObject({ enabled: false });
  expect(t.hall.db.prepare('SELECT item_code FROM tickets WHERE id = ?').get(done.id)).toEqual({ item_code: 'A99' });
  const actions = run(t.hall, 'audit.list', { limit: 2 }, admin).entries.map((e: { action: string; target: string }) => `${e.action} ${e.target}`);
  expect(actions).toEqual(['item.updated A99', 'item.created A99']);
});

test.each([
  [{ ...pensionPlan, serviceId: 'NOPE' }, 'serviceId'],
  [{ ...pensionPlan, promisedDays: null }, 'promisedDays'],
  [{ ...pensionPlan, kind: 'immediate' }, 'promisedDays'],
  [{ ...pensionPlan, promisedDays: 0 }, 'promisedDays'],
  [{ ...pensionPlan, kind: 'later' }, 'kind'],
  [{ ...pensionPlan, code: '' }, 'code'],
  [{ ...pensionPlan, name: { 'zh-CN': '养老' } }, 'name.zh-TW'],
])('a bad item (%j) names %s and changes nothing', (input, field) => {
  const admin = login(t.hall, 'admin');
  const before = tables();
  expect(refuse(t.hall, 'config.saveItem', input, admin)).toMatchObject({ code: 'bad_request', field });
  expect(tables()).toBe(before);
});
