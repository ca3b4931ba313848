// Numbers as clip sequences: a ticket read letter and digit by digit, a window or a count as a number.
import type { ClipId, VoiceLang } from './manifest';

const zh = (name: string): ClipId => `zh-CN/${name}`;
const en = (name: string): ClipId => `en/${name}`;
const zhDigit = (d: number) => zh(`digit-${d}`);

/** 0–999 in Mandarin: 零, 三, 十, 十三, 二十, 二十三, 一百, 一百零五, 一百一十, 九百九十九. */
export function zhNumber(n: number): ClipId[] {
  if (!Number.isInteger(n) || n < 0 || n > 999) return digitsOf(String(Math.max(0, Math.trunc(n) || 0)), 'zh-CN');
  if (n < 10) return [zhDigit(n)];
  if (n < 20) return n === 10 ? [zh('shi')] : [zh('shi'), zhDigit(n % 10)];
  if (n < 100) return [zhDigit(Math.floor(n / 10)), zh('shi'), ...(n % 10 ? [zhDigit(n % 10)] : [])];
  const rest = n % 100;
  const hundreds = [zhDigit(Math.floor(n / 100)), zh('bai')];
  if (rest === 0) return hundreds;
  if (rest < 10) return [...hundreds, zhDigit(0), zhDigit(rest)];
  // Inside a hundred, 十 keeps its 一: 一百一十三.
  return [...hundreds, zhDigit(Math.floor(rest / 10)), zh('shi'), ...(rest % 10 ? [zhDigit(rest % 10)] : [])];
}

/** 0–999 in English: zero, three, twenty-three (one clip each up to 99), one hundred and five → one hundred five. */
export function enNumber(n: number): ClipId[] {
  if (!Number.isInteger(n) || n < 0 || n > 999) return digitsOf(String(Math.max(0, Math.trunc(n) || 0)), 'en');
  if (n === 0) return [en('digit-0')];
  if (n < 100) return [en(`n-${n}`)];
  const rest = n % 100;
  return [en(`n-${Math.floor(n / 100)}`), en('hundred'), ...(rest ? [en(`n-${rest}`)] : [])];
}

export function numberClips(n: number, lang: VoiceLang): ClipId[] {
  return lang === 'zh-CN' ? zhNumber(n) : enNumber(n);
}

/** Letter by letter and digit by digit (A001 → A 零 零 一); other characters are not read. */
export function digitsOf(text: string, lang: VoiceLang): ClipId[] {
  const clips: ClipId[] = [];
  for (const ch of text.toUpperCase()) {
    if (ch >= 'A' && ch <= 'Z') clips.push(`${lang}/letter-${ch}`);
    else if (ch >= '0' && ch <= '9') clips.push(`${lang}/digit-${ch}`);
  }
  return clips;
}
