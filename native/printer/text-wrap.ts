// Line wrapping for the ticket by display columns (Chinese = 2). Lines break first where a reader
// pauses: after the punctuation that ends a phrase (，。；、：！？), so "周六日 9:00-17:00" moves to the
// next line whole instead of leaving its hours below its days. A phrase too long for a whole line
// is broken inside: between Chinese characters, at spaces, never inside a word that fits on a line
// (8:30-17:30), and never with a closing punctuation mark first.

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
/** Where a phrase ends: full-width pauses always; ASCII , ; : only before a space (not 1,000 or 8:30). */
const PHRASE_END = /[，。、；：！？]|[,;:](?= )/g;

/** Words (runs of narrow characters such as 8:30-17:30), single wide characters and runs of spaces. */
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

/** The text cut after every phrase end; the pieces join back to the text. */
function phrases(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const match of text.matchAll(PHRASE_END)) {
    const end = match.index + match[0].length;
    out.push(text.slice(from, end));
    from = end;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}

class Lines {
  readonly done: string[] = [];
  private line: string[] = [];
  private used = 0;

  constructor(private readonly max: number) {}

  get room(): number {
    return this.max - this.used;
  }

  get empty(): boolean {
    return this.line.length === 0;
  }

  push(): void {
    const text = this.line.join('').trimEnd();
    if (text !== '') this.done.push(text);
    this.line = [];
    this.used = 0;
  }

  private add(part: string, width: number): void {
    if (this.line.length === 0 && this.done.length > 0 && part.startsWith(' ')) return; // a wrapped line starts with no spaces
    this.line.push(part);
    this.used += width;
  }

  /** One token at the end of the current line, or on the next one as the rules allow. */
  token(token: string): void {
    const width = columns(token);
    if (this.used + width <= this.max) {
      this.add(token, width);
    } else if (token.startsWith(' ')) {
      this.push();
    } else if (NO_LINE_START.test(token) && this.line.length > 1 && columns(this.line.at(-1)!) + width <= this.max) {
      const carried = this.line.pop()!;
      this.push();
      this.add(carried, columns(carried));
      this.add(token, width);
    } else {
      this.push();
      for (const ch of token) {
        if (this.used + columns(ch) > this.max) this.push();
        this.add(ch, columns(ch));
      }
    }
  }
}

/** Splits printable text into lines of at most `max` columns (see the header for where). */
export function wrap(text: string, max: number): string[] {
  const lines = new Lines(max);
  for (const phrase of phrases(text)) {
    const width = columns(phrase.trim());
    // A phrase that fits on a line of its own but not on the rest of this one starts the next line.
    if (!lines.empty && width <= max && columns(phrase.trimEnd()) > lines.room) lines.push();
    for (const token of tokens(phrase)) lines.token(token);
  }
  lines.push();
  return lines.done.length > 0 ? lines.done : [''];
}
