// Text for the LED controllers, which know only GB2312 (EUC-CN): 6763 hanzi and 682 symbols.
// iconv-lite's 'gb2312' is really GBK and would send characters such as 號 or € as bytes the screen
// shows as garbage, so the GB2312 repertoire is taken from GBK's table minus GBK's additions, and
// anything outside it (traditional characters, emoji, rare names) is replaced before encoding.
import iconv from 'iconv-lite';

/** GBK's additions inside the GB2312 byte range (small roman numerals, €, vertical forms, pinyin). */
const gbkOnly = (lead: number, trail: number): boolean =>
  (lead === 0xa2 && (trail <= 0xaa || trail === 0xe3)) || (lead === 0xa6 && trail >= 0xe0) || (lead === 0xa8 && trail >= 0xbb && trail <= 0xc0);

function buildRepertoire(): Map<string, number> {
  const chars = new Map<string, number>();
  for (let lead = 0xa1; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      if (gbkOnly(lead, trail)) continue;
      const ch = iconv.decode(Buffer.from([lead, trail]), 'gbk');
      const code = ch.codePointAt(0)!;
      // Unassigned positions decode to U+FFFD or to the private use area: not GB2312.
      if (ch.length !== 1 || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) continue;
      chars.set(ch, (lead << 8) | trail);
    }
  }
  return chars;
}

let repertoire: Map<string, number> | null = null;

/** The two-byte GB2312 characters, built once on first use (~7,400 entries). */
export function gb2312Chars(): ReadonlyMap<string, number> {
  repertoire ??= buildRepertoire();
  return repertoire;
}

export interface Gb2312Text {
  bytes: Buffer;
  /** Characters that were not GB2312 and were replaced. */
  replaced: string[];
}

/**
 * Encodes text as GB2312. Printable ASCII passes as is; control characters and anything outside
 * GB2312 become `replacement` (default '?'; itself GB2312 or printable ASCII).
 */
export function encodeGb2312(text: string, replacement = '?'): Gb2312Text {
  const chars = gb2312Chars();
  const encodable = (ch: string) => (ch >= ' ' && ch <= '~') || chars.has(ch);
  if (!replacement || ![...replacement].every(encodable)) throw new Error(`the replacement ${JSON.stringify(replacement)} is not GB2312`);
  const out: number[] = [];
  const replaced: string[] = [];
  const put = (ch: string) => {
    const code = chars.get(ch);
    if (code === undefined) out.push(ch.charCodeAt(0));
    else out.push(code >> 8, code & 0xff);
  };
  for (const ch of text) {
    if (encodable(ch)) put(ch);
    else {
      replaced.push(ch);
      for (const r of replacement) put(r);
    }
  }
  return { bytes: Buffer.from(out), replaced };
}

/** Decodes GB2312 bytes (what a screen would show). */
export function decodeGb2312(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), 'gbk');
}

/** Display width in half-width cells: a hanzi takes two, ASCII one. */
export function displayCells(text: string): number {
  let cells = 0;
  for (const ch of text) cells += ch.codePointAt(0)! < 0x80 ? 1 : 2;
  return cells;
}
