// Masks what looks like a resident's phone or ID number in free text before it leaves the hall (the
// text a resident types with a 差评, a clerk's follow-up notes). Pure: the hall keeps the text as typed
// for its own follow-up; only the upload is masked. docs/SYNC.md ("What is masked") states the rules:
//   mainland mobile 1[3-9] + 9 digits, optionally +86 / 86 first   → first 3 and last 4 kept: 138****5678
//   landline: area code (010, 02x, 0xxx) + 7–8 digits, area in ( ) ok → area code and last 4 kept: 021-****5678
//   resident ID, 18 (17 digits + digit/X) or 15 digits             → last 4 kept: **************451X
// Digits may be split by single spaces, dashes or dots in the usual groupings (138 1234 5678, 0755-8601 3388,
// 110101 19900307 451X); full-width digits (１３８…) count as digits. A run is masked only when it stands
// alone: a match glued to more digits (an order number, a bank card) is left as it is, and so are short
// numbers ("等了30分钟", a date, a ticket number A001).

const D = '[0-9\\uFF10-\\uFF19]';
/** One optional separator between digit groups: space, ideographic space, dash (ASCII or full-width, en/em), dot. */
const S = '[ \\u3000\\-\\uFF0D\\u2013\\u2014.]?';
const NOT_DIGIT_BEFORE = `(?<!${D})`;
const NOT_DIGIT_AFTER = `(?!${D})`;

const rule = (body: string) => new RegExp(`${NOT_DIGIT_BEFORE}${body}${NOT_DIGIT_AFTER}`, 'g');

const ID_18 = rule(`${D}{6}${S}${D}{4}${S}${D}{4}${S}${D}{3}[0-9\\uFF10-\\uFF19Xx\\uFF38]`);
const ID_15 = rule(`${D}{6}${S}${D}{6}${S}${D}{3}`);
const MOBILE = rule(`((?:[+\\uFF0B]?[8\\uFF18][6\\uFF16]${S})?)([1\\uFF11]${S}[3-9\\uFF13-\\uFF19]${D}${S}${D}{4}${S}${D}{4})`);
/** Area codes: 010 and 02x have 3 digits, all others (03xx…09xx) have 4. */
const AREA = `[0\\uFF10](?:[12\\uFF11\\uFF12]${D}|[3-9\\uFF13-\\uFF19]${D}{2})`;
const LANDLINE = rule(`(\\(${AREA}\\)|\\uFF08${AREA}\\uFF09|${AREA})(${S}${D}{3,4}${S}${D}{4})`);

const isDigitLike = (c: string) => /[0-9\uFF10-\uFF19Xx\uFF38]/.test(c);

/** Replaces every digit of `run` with `*` except the first `keepHead` and the last `keepTail`; separators stay. */
function starDigits(run: string, keepHead: number, keepTail: number): string {
  const chars = [...run];
  const total = chars.filter(isDigitLike).length;
  let seen = 0;
  return chars
    .map((c) => {
      if (!isDigitLike(c)) return c;
      const index = seen++;
      return index < keepHead || index >= total - keepTail ? c : '*';
    })
    .join('');
}

/** The text with phone and ID numbers masked (see the rules above). */
export function maskPersonalNumbers(text: string): string {
  return text
    .replace(ID_18, (id) => starDigits(id, 0, 4))
    .replace(ID_15, (id) => starDigits(id, 0, 4))
    .replace(MOBILE, (_whole, prefix: string, number: string) => prefix + starDigits(number, 3, 4))
    .replace(LANDLINE, (_whole, area: string, number: string) => area + starDigits(number, 0, 4));
}
