// The masking of phone and ID numbers in free text before upload (electron/sync/mask.ts): every rule
// that docs/SYNC.md states, and the everyday numbers that must stay as typed.
import { expect, test } from 'vitest';
import { maskPersonalNumbers as mask } from '../../electron/sync/mask';

test('mainland mobiles keep their first 3 and last 4 digits, whatever the separators', () => {
  expect(mask('13812345678')).toBe('138****5678');
  expect(mask('电话13812345678谢谢')).toBe('电话138****5678谢谢');
  expect(mask('请回电 138 1234 5678。')).toBe('请回电 138 **** 5678。');
  expect(mask('138-1234-5678')).toBe('138-****-5678');
  expect(mask('+86 139 0000 1111')).toBe('+86 139 **** 1111');
  expect(mask('8619912345678')).toBe('86199****5678');
  expect(mask('１３８１２３４５６７８')).toBe('１３８****５６７８');
  expect(mask('两个号：15011112222，17733334444')).toBe('两个号：150****2222，177****4444');
});

test('landlines with an area code keep the area code and the last 4 digits', () => {
  expect(mask('021-62345678')).toBe('021-****5678');
  expect(mask('0755 8601 3388')).toBe('0755 **** 3388');
  expect(mask('(010)6552-1234')).toBe('(010)****-1234');
  expect(mask('（0571）87654321')).toBe('（0571）****4321');
  expect(mask('座机02162345678')).toBe('座机021****5678');
});

test('resident ID numbers keep only their last 4 characters, 18 or 15 long, X included', () => {
  expect(mask('身份证110101199003074514')).toBe('身份证**************4514');
  expect(mask('11010119900307451X')).toBe('**************451X');
  expect(mask('11010119900307451x号')).toBe('**************451x号');
  expect(mask('110101 19900307 4514')).toBe('****** ******** 4514');
  expect(mask('110101900307451')).toBe('***********7451');
});

test('everyday numbers stay as typed', () => {
  for (const text of [
    '等了30分钟',
    '排队2小时，办了3次都没办成',
    '2026-11-23 上午来的',
    'A001号到3号窗口',
    '等了 120 分钟',
    '收费 25.50 元',
    '编号12345678',
    '订单 2026112312345678901', // 19 digits: not an ID, not a phone
    '12345678901', // 11 digits, not 1[3-9]
    '1381234567', // 10 digits: not a mobile
    '',
  ]) {
    expect(mask(text), text).toBe(text);
  }
});

test('a number glued to more digits is not cut out of it; several numbers in one text are all masked', () => {
  expect(mask('138123456789')).toBe('138123456789');
  expect(mask('2026-11-23 13812345678')).toBe('2026-11-23 138****5678');
  expect(mask('手机13812345678，身份证110101199003074514，座机021-62345678')).toBe('手机138****5678，身份证**************4514，座机021-****5678');
});

test('masking is idempotent: masked text stays the same when masked again', () => {
  const once = mask('13812345678 110101199003074514 021-62345678');
  expect(mask(once)).toBe(once);
});
