// Text as a GB18030/GBK printer in Chinese mode prints it: every character is either printable ASCII
// (one column, one byte) or a two-byte GBK character (two columns). Anything else (emoji, rare
// characters outside GBK, the lone byte 0x80 CP936 gives '€', control characters that would be read as
// commands) is replaced before it reaches the printer: a resident sees □, never garbage.
import iconv from 'iconv-lite';

export const REPLACEMENT = '□';

/** Answers per character, remembered: a ticket asks about the same few dozen characters every time. */
const twoByte = new Map<string, boolean>();

function isTwoByteGbk(ch: string): boolean {
  let known = twoByte.get(ch);
  if (known === undefined) {
    const bytes = iconv.encode(ch, 'gbk');
    known = bytes.length === 2 && bytes[0]! >= 0x81;
    if (twoByte.size < 50_000) twoByte.set(ch, known);
  }
  return known;
}

/** The text with every character the printer cannot print in Chinese mode replaced. */
export function printable(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out += code >= 0x20 && code !== 0x7f ? ch : ' ';
    else out += isTwoByteGbk(ch) ? ch : REPLACEMENT;
  }
  return out;
}

/** The bytes of a printable text: ASCII as is, every other character its two GBK bytes. */
export function encodeGbk(text: string): Buffer {
  return iconv.encode(text, 'gbk');
}

/** Columns a printable text takes at normal size: ASCII 1, Chinese 2 (= its GBK byte count). */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! < 0x80 ? 1 : 2;
  return n;
}

/** Chinese characters and full-width punctuation: a line may break before or after any of them. */
const isWide = (ch: string) => ch.codePointAt(0)! >= 0x2e80;
/** Punctuation that may not start a line (禁则): it takes the character before it along. */
const NO_LINE_START = /^[，。、；：！？）》」』〉】,.;:!?)]$/;

/** Words (runs of narrow characters such as 8:30–17:30), single wide characters and runs of spaces. */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const last = out[out.length - 1];
    const joins = last !== undefined && (ch === ' ' ? last.startsWith(' ') : !isWide(ch) && !last.startsWith(' ') && !isWide(last));
    if (joins) out[out.length - 1] = last + ch;
    else out.push(ch);
  }
  return out;
}

/**
 * Splits printable text into lines of at most `max` columns: between Chinese characters, at spaces,
 * never inside a word that fits on a line, and never with a closing punctuation mark first.
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let used = 0;
  const push = () => {
    const done = line.join('').trimEnd();
    if (done !== '') lines.push(done);
    line = [];
    used = 0;
  };
  const add = (part: string, width: number) => {
    line.push(part);
    used += width;
  };
  for (const token of tokens(text)) {
    const width = columns(token);
    if (used + width <= max) {
      add(token, width);
    } else if (token.startsWith(' ')) {
      push();
    } else if (NO_LINE_START.test(token) && line.length > 1 && columns(line.at(-1)!) + width <= max) {
      const carried = line.pop()!;
      push();
      add(carried, columns(carried));
      add(token, width);
    } else {
      push();
      for (const ch of token) {
        if (used + columns(ch) > max) push();
        add(ch, columns(ch));
      }
    }
  }
  push();
  return lines.length > 0 ? lines : [''];
}
