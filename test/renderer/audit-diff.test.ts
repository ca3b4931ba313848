// The audit page's before → after: only the fields that changed, nested names walked, lists whole.
import { expect, test } from 'vitest';
import { changedFields } from '../../renderer/src/admin/audit-diff';

test('an update lists only what changed, nested fields by their path', () => {
  const before = { id: 'A', name: { 'zh-CN': '人社', 'zh-TW': '人社', en: 'HR' }, dailyCap: 999, enabled: true, langs: ['zh-CN', 'en'] };
  const after = { ...before, name: { ...before.name, 'zh-CN': '社保' }, enabled: false, langs: ['zh-CN'] };
  expect(changedFields(before, after)).toEqual([
    { field: 'name.zh-CN', before: '人社', after: '社保' },
    { field: 'enabled', before: true, after: false },
    { field: 'langs', before: ['zh-CN', 'en'], after: ['zh-CN'] },
  ]);
});

test('a creation lists every field from nothing; an identical row lists none', () => {
  expect(changedFields(null, { code: 'A01', promisedDays: null, kind: 'immediate' })).toEqual([
    { field: 'code', before: null, after: 'A01' },
    { field: 'kind', before: null, after: 'immediate' },
  ]);
  expect(changedFields({ a: 1 }, { a: 1 })).toEqual([]);
});
