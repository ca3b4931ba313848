// The ESC/POS commands a ticket printer understands, split out of a byte stream that may arrive in
// any chunks: each complete command becomes one item; an incomplete one waits for the next chunk.
// Covers what the ticket layout sends plus the common rest (barcodes, raster images, tabs), so a
// stray command shows up by name instead of as garbage text.

export type EscPosItem =
  | { kind: 'text'; bytes: Buffer }
  | { kind: 'control'; byte: number }
  /** A command by its ESC/POS name ('ESC a', 'GS ( k', 'DLE EOT'), with its parameter bytes. */
  | { kind: 'command'; name: string; args: Buffer };

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;

/** Fixed parameter counts, keyed by prefix byte then command byte. */
const fixed: Record<number, Record<number, number>> = {
  [ESC]: {
    0x40: 0,
    0x32: 0,
    0x3c: 0, // @ init, 2 default spacing, < return home
    0x21: 1,
    0x2d: 1,
    0x33: 1,
    0x45: 1,
    0x47: 1,
    0x4a: 1,
    0x4d: 1,
    0x52: 1,
    0x56: 1,
    0x61: 1,
    0x64: 1,
    0x74: 1,
    0x7b: 1,
    0x20: 1,
    0x3d: 1,
    0x63: 2,
    0x24: 2,
    0x5c: 2,
    0x42: 2,
    0x70: 3,
  },
  [GS]: { 0x21: 1, 0x42: 1, 0x48: 1, 0x66: 1, 0x68: 1, 0x77: 1, 0x72: 1, 0x61: 1, 0x4c: 2, 0x57: 2 },
  [FS]: { 0x26: 0, 0x2e: 0, 0x21: 1, 0x2d: 1, 0x43: 1, 0x57: 1, 0x53: 2 },
  [DLE]: { 0x04: 1, 0x14: 3 },
};

const prefixName: Record<number, string> = { [ESC]: 'ESC', [GS]: 'GS', [FS]: 'FS', [DLE]: 'DLE' };

function commandName(prefix: number, code: number): string {
  if (prefix === DLE) return code === 0x04 ? 'DLE EOT' : code === 0x14 ? 'DLE DC4' : `DLE 0x${code.toString(16)}`;
  const c = code >= 0x21 && code < 0x7f ? String.fromCharCode(code) : code === 0x20 ? 'SP' : `0x${code.toString(16)}`;
  return `${prefixName[prefix]} ${c}`;
}

/** Parameter bytes of the variable-length commands, or null while more bytes are needed; -1 if malformed. */
function variableLength(buf: Buffer, at: number): number | null {
  const prefix = buf[at]!;
  const code = buf[at + 1]!;
  const need = (n: number) => (at + n <= buf.length ? n : null);
  if (prefix === GS && code === 0x56) {
    // GS V m: m = 0, 1, 48, 49 alone; m = 65, 66 with a feed amount n.
    if (at + 2 >= buf.length) return null;
    const m = buf[at + 2]!;
    return m === 65 || m === 66 ? need(4) && 2 : 1;
  }
  if (prefix === GS && code === 0x28) {
    // GS ( fn pL pH [pL + pH·256 bytes]
    if (at + 5 > buf.length) return null;
    return need(5 + buf[at + 3]! + buf[at + 4]! * 256) && 3 + buf[at + 3]! + buf[at + 4]! * 256;
  }
  if (prefix === GS && code === 0x6b) {
    // GS k m: m ≤ 6 data ends at NUL; m ≥ 65 has a length byte.
    if (at + 3 >= buf.length) return null;
    const m = buf[at + 2]!;
    if (m <= 6) {
      const nul = buf.indexOf(0, at + 3);
      return nul < 0 ? null : nul - at - 1;
    }
    return need(4 + buf[at + 3]!) && 2 + buf[at + 3]!;
  }
  if (prefix === GS && code === 0x76) {
    // GS v 0 m xL xH yL yH data: (xL + xH·256) bytes per row, (yL + yH·256) rows.
    if (at + 8 > buf.length) return null;
    const size = (buf[at + 4]! + buf[at + 5]! * 256) * (buf[at + 6]! + buf[at + 7]! * 256);
    return need(8 + size) && 6 + size;
  }
  if (prefix === ESC && code === 0x44) {
    // ESC D n1 … nk NUL: tab positions.
    const nul = buf.indexOf(0, at + 2);
    return nul < 0 ? null : nul - at - 1;
  }
  return -1;
}

export class EscPosSplitter {
  private pending = Buffer.alloc(0);

  /** Splits what has arrived so far into items; an incomplete command at the end is kept for later. */
  push(chunk: Buffer): EscPosItem[] {
    const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const items: EscPosItem[] = [];
    let at = 0;
    while (at < buf.length) {
      const b = buf[at]!;
      if (b >= 0x20) {
        let end = at;
        while (end < buf.length && buf[end]! >= 0x20) end++;
        items.push({ kind: 'text', bytes: Buffer.from(buf.subarray(at, end)) });
        at = end;
        continue;
      }
      if (!(b in fixed)) {
        items.push({ kind: 'control', byte: b });
        at++;
        continue;
      }
      if (at + 1 >= buf.length) break;
      const code = buf[at + 1]!;
      const known = fixed[b]![code];
      const args = known ?? variableLength(buf, at);
      if (args === null) break;
      if (args < 0) {
        items.push({ kind: 'command', name: `${commandName(b, code)} (unknown)`, args: Buffer.alloc(0) });
        at += 2;
        continue;
      }
      if (at + 2 + args > buf.length) break;
      items.push({ kind: 'command', name: commandName(b, code), args: Buffer.from(buf.subarray(at + 2, at + 2 + args)) });
      at += 2 + args;
    }
    this.pending = Buffer.from(buf.subarray(at));
    return items;
  }

  /** Bytes of a command still waiting to be completed. */
  get incomplete(): number {
    return this.pending.length;
  }
}
