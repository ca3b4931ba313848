// A worksheet's <row> XML written straight into bytes, a chunk at a time, for the xlsx export's data
// rows (xlsx-sheets.ts). As template strings a year's 明细 made ~2 GB of short-lived strings, and the
// export spent more time collecting them than writing (bench/reports-year.ts): here the markup of
// each column is encoded once, whole numbers go in digit by digit, and the only garbage a row leaves
// is its fractional numbers' text.
// Texts go into the workbook's shared-strings table (the same few recur on every row: days, services,
// clerks, states, the numbers of a day's range), each distinct text once: a cell is then its index,
// a quarter of the sheet's bytes fewer to deflate. The table is bounded; past it, texts are inline.

export type Cell = string | number | null;

// The markup characters, and those XML 1.0 does not allow at all (dropped: Excel would "repair" the file).
const XML_SPECIAL = /[<>&"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Characters XML 1.0 does not allow, removed before a text goes into the shared-strings table (exceljs escapes the markup there). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const escapeXml = (text: string): string =>
  text.replace(XML_SPECIAL, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : ch === '"' ? '&quot;' : ''));

/** Column letters A…Z, AA…AZ: enough for the report's widest sheet (26 columns). */
const letter = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : 'A' + String.fromCharCode(65 + i - 26));

/** Distinct texts the shared-strings table takes (it stays in memory until the workbook is committed). */
export const SHARED_TEXTS = 50_000;

/** exceljs's table of the workbook (stream WorkbookWriter.sharedStrings: written at commit when it holds any). */
export interface SharedStringTable {
  add(value: string): number;
  readonly count: number;
}

/** A sheet's texts, each with its index in the workbook's shared-strings table as digits. */
export class SharedTexts {
  private readonly refs = new Map<string, Buffer>();
  constructor(private readonly table: SharedStringTable) {}

  /** The text's index as digits, or null once the table is full (the text then goes inline). */
  ref(text: string): Buffer | null {
    let ref = this.refs.get(text);
    if (ref === undefined) {
      if (this.table.count >= SHARED_TEXTS) return null;
      ref = ascii(String(this.table.add(text.replace(NOT_XML, ''))));
      this.refs.set(text, ref);
    }
    return ref;
  }
}

const ascii = (text: string) => Buffer.from(text, 'latin1');
const ROW_OPEN = ascii('<row r="');
const TAG_END = ascii('">');
const ROW_CLOSE = ascii('</row>');
const NUMBER_CLOSE = ascii('</v></c>');
const SHARED_OPEN = ascii('" t="s"><v>');
const INLINE_OPEN = ascii('" t="inlineStr"><is><t xml:space="preserve">');
const INLINE_CLOSE = ascii('</t></is></c>');

export class SheetRowBytes {
  private buf = Buffer.alloc(0); // allocated at the first row of a chunk, as large as the last chunk grew
  private capacity = 1 << 16;
  private at = 0;
  private next = 2; // row 1 is the header, written by exceljs
  private readonly rowRef = new Uint8Array(16); // the row number's digits, written once per row
  private rowRefLength = 0;
  private readonly cellOpen: Buffer[];
  private readonly numberOpen: Buffer[];

  /** `styleIds[i]`: column i's style for numbers (0: none). */
  constructor(
    styleIds: readonly number[],
    private readonly texts: SharedTexts,
  ) {
    this.cellOpen = styleIds.map((_, i) => ascii(`<c r="${letter(i)}`));
    this.numberOpen = styleIds.map((s) => ascii(s ? `" s="${s}"><v>` : '"><v>'));
  }

  row(cells: readonly Cell[]): void {
    if (cells.length > this.cellOpen.length) throw new Error(`a row of ${cells.length} cells in a sheet of ${this.cellOpen.length} columns`);
    this.rowNumber(this.next++);
    this.put(ROW_OPEN);
    this.putRowRef();
    this.put(TAG_END);
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) continue;
      this.put(this.cellOpen[i]!);
      this.putRowRef();
      if (typeof v === 'number') {
        this.put(this.numberOpen[i]!);
        if (Number.isSafeInteger(v)) this.whole(v);
        else this.latin1(String(v));
        this.put(NUMBER_CLOSE);
        continue;
      }
      const ref = this.texts.ref(v);
      if (ref) {
        this.put(SHARED_OPEN);
        this.put(ref);
        this.put(NUMBER_CLOSE);
      } else {
        this.put(INLINE_OPEN);
        this.put(Buffer.from(escapeXml(v), 'utf8'));
        this.put(INLINE_CLOSE);
      }
    }
    this.put(ROW_CLOSE);
  }

  /** The rows written since the last take (null when none): a buffer of their own, handed to the zip. */
  take(): Buffer | null {
    if (this.at === 0) return null;
    const out = this.buf.subarray(0, this.at);
    this.buf = Buffer.alloc(0);
    this.at = 0;
    return out;
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    this.capacity = Math.max(this.capacity, this.buf.length * 2, this.at + n);
    const grown = Buffer.allocUnsafe(this.capacity);
    this.buf.copy(grown, 0, 0, this.at);
    this.buf = grown;
  }

  /** Short markup copied byte by byte (a typed-array set() costs more than the copy for a few bytes). */
  private put(bytes: Uint8Array): void {
    const n = bytes.length;
    this.room(n);
    const buf = this.buf;
    const at = this.at;
    if (n > 32) buf.set(bytes, at);
    else for (let i = 0; i < n; i++) buf[at + i] = bytes[i]!;
    this.at = at + n;
  }

  private latin1(text: string): void {
    this.room(text.length);
    this.at += this.buf.write(text, this.at, 'latin1');
  }

  /** A safe integer in decimal. */
  private whole(n: number): void {
    if (n < 0) {
      this.latin1('-');
      n = -n;
    }
    if (n > 0x7fffffff) return this.latin1(String(n));
    this.room(10);
    this.at += writeDigits(this.buf, this.at, n);
  }

  private rowNumber(r: number): void {
    this.rowRefLength = writeDigits(this.rowRef, 0, r);
  }

  private putRowRef(): void {
    this.room(this.rowRefLength);
    for (let i = 0; i < this.rowRefLength; i++) this.buf[this.at + i] = this.rowRef[i]!;
    this.at += this.rowRefLength;
  }
}

/** A non-negative int32 in decimal at `at`; the digits written. */
function writeDigits(into: Uint8Array, at: number, n: number): number {
  let digits = 1;
  for (let x = n; x >= 10; x = (x / 10) | 0) digits++;
  for (let i = at + digits - 1; i >= at; i--) {
    const q = (n / 10) | 0;
    into[i] = 48 + n - q * 10;
    n = q;
  }
  return digits;
}
