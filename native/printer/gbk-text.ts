// Text as a GB18030/GBK printer in Chinese mode prints it: every character is either printable ASCII
// (one column, one byte) or a two-byte GBK character (two columns). Anything else (emoji, rare
// characters outside GBK, the lone byte 0x80 CP936 gives '€', control characters that would be read as
// commands) is replaced before it reaches the printer: a resident sees □, never garbage.
import iconv from 'iconv-lite';

export const REPLACEMENT = '□';

function isTwoByteGbk(ch: string): boolean {
  const bytes = iconv.encode(ch, 'gbk');
  return bytes.length === 2 && bytes[0]! >= 0x81;
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
  const width = (parts: string[]) => columns(parts.join(''));
  const push = () => {
    const done = line.join('').trimEnd();
    if (done !== '') lines.push(done);
    line = [];
  };
  for (const token of tokens(text)) {
    if (width([...line, token]) <= max) {
      line.push(token);
    } else if (token.startsWith(' ')) {
      push();
    } else if (NO_LINE_START.test(token) && line.length > 1 && width([line.at(-1)!, token]) <= max) {
      const carried = line.pop()!;
      push();
      line = [carried, token];
    } else {
      push();
      for (const ch of token) {
        if (width([...line, ch]) > max) push();
        line.push(ch);
      }
    }
  }
  push();
  return lines.length > 0 ? lines : [''];
}
