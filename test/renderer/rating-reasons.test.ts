// A case's reasons as the manager reads them: a keypad 差评 (the evaluator has level keys only) says that
// the keypad gives no reasons, in each language, instead of an empty "—"; a pad's reasons are listed.
import i18next from 'i18next';
import { expect, test } from 'vitest';
import en from '../../electron/shared/locales/en.json';
import zhCN from '../../electron/shared/locales/zh-CN.json';
import { reasonsText } from '../../renderer/src/admin/rating-reasons';

// An instance of its own: the shared i18next's language is left as it is.
const i18n = i18next.createInstance();
await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, interpolation: { escapeValue: false } });

test('a keypad 差评 says the evaluator gives no reasons; a pad without reasons shows the empty mark', () => {
  expect(reasonsText(i18n.getFixedT('zh-CN'), { reasons: [], channel: 'keypad' }, '—')).toBe('评价器只有评级按键，无法选择差评原因');
  expect(reasonsText(i18n.getFixedT('en'), { reasons: [], channel: 'keypad' }, '—')).toMatch(/cannot give reasons/);
  expect(reasonsText(i18n.getFixedT('zh-CN'), { reasons: [], channel: 'pad' }, '—')).toBe('—');
});

test("a pad's reasons are listed by name", () => {
  expect(reasonsText(i18n.getFixedT('zh-CN'), { reasons: ['efficiency.wait', 'attitude.cold'], channel: 'pad' }, '—')).toBe('等候时间过长、态度冷漠、不耐烦'); // the second reason's name is 态度冷漠、不耐烦
});
