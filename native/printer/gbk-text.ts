// Text as a Chinese ticket printer in Chinese mode prints it: every character is either printable ASCII
// (one column, one byte) or a two-byte character of the printer's code page (two columns). Two code
// pages: 'gbk' (GBK / the two-byte part of GB18030, what current printers have) and 'gb2312' (older
// printers whose font has only GB2312's 7,445 characters: no traditional characters, no en dash).
// A character outside the code page is first given its plain equivalent where one exists (– → -,
// non-breaking space → space) and otherwise replaced; emoji, rare characters, the lone byte 0x80 CP936
// gives '€', and control characters that would be read as commands never reach the printer: a
// resident sees □, never garbage.
import iconv from 'iconv-lite';

export { columns, wrap } from './text-wrap';

export const REPLACEMENT = '□';

export type CodePage = 'gb2312' | 'gbk';
export const codePages = ['gb2312', 'gbk'] as const;

/**
 * Plain equivalents, used whenever a character is outside GB2312: a hall's notice typed with an en dash
 * (8:30–17:30) prints the same on every printer. Each right side is ASCII or GB2312.
 */
const PLAIN: Record<string, string> = {
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2212': '-', // minus sign
  '\ufe63': '-', // small hyphen-minus
  '\u2015': '—', // horizontal bar
  '\u00a0': ' ', // no-break space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2022': '·', // bullet
  '\u2027': '·', // hyphenation point (Taiwan's middle dot)
};

/** GBK bytes of one character, or null when it has none (iconv-lite writes '?' or the lone byte 0x80). */
function gbkBytes(ch: string): Buffer | null {
  const bytes = iconv.encode(ch, 'gbk');
  return bytes.length === 2 && bytes[0]! >= 0x81 ? bytes : null;
}

/** GB2312 = EUC-CN: both bytes 0xA1–0xFE, rows 0xAA–0xAF and 0xF8–0xFE unassigned. */
function inGb2312(bytes: Buffer): boolean {
  const [lead, trail] = [bytes[0]!, bytes[1]!];
  return lead >= 0xa1 && lead <= 0xf7 && !(lead >= 0xaa && lead <= 0xaf) && trail >= 0xa1 && trail <= 0xfe;
}

/** Answers per character and code page, remembered: a ticket asks about the same few dozen characters every time. */
const known = { gb2312: new Map<string, boolean>(), gbk: new Map<string, boolean>() };

function inCodePage(ch: string, codePage: CodePage): boolean {
  const cache = known[codePage];
  let answer = cache.get(ch);
  if (answer === undefined) {
    const bytes = gbkBytes(ch);
    answer = bytes !== null && (codePage === 'gbk' || inGb2312(bytes));
    if (cache.size < 50_000) cache.set(ch, answer);
  }
  return answer;
}

/** The text with every character the printer cannot print in Chinese mode made plain or replaced. */
export function printable(text: string, codePage: CodePage = 'gbk'): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out += code >= 0x20 && code !== 0x7f ? ch : ' ';
    else if (inCodePage(ch, 'gb2312')) out += ch;
    else if (PLAIN[ch] !== undefined) out += PLAIN[ch];
    else out += inCodePage(ch, codePage) ? ch : REPLACEMENT;
  }
  return out;
}

/** The bytes of a printable text: ASCII as is, every other character its two GBK (= GB2312 for GB2312 text) bytes. */
export function encodeGbk(text: string): Buffer {
  return iconv.encode(text, 'gbk');
}
