// The export's row XML as bytes (electron/reports/sheet-row-bytes.ts): what each kind of cell becomes,
// texts through the shared-strings table until it is full, and the chunks handed over.
import { expect, test } from 'vitest';
import { SHARED_TEXTS, SharedTexts, SheetRowBytes, type SharedStringTable } from '../../electron/reports/sheet-row-bytes';

/** A table like exceljs's; from `fullAt` texts on it counts as full (SHARED_TEXTS). */
function table(fullAt = Infinity): SharedStringTable & { values: string[] } {
  const values: string[] = [];
  return {
    values,
    get count() {
      return values.length >= fullAt ? SHARED_TEXTS : values.length;
    },
    add(value) {
      const i = values.indexOf(value);
      return i >= 0 ? i : values.push(value) - 1;
    },
  };
}

test('numbers with their column style, whole or fractional, negative or large; empty and non-finite cells left out', () => {
  const rows = new SheetRowBytes([0, 3, 5, 0, 0], new SharedTexts(table()));
  rows.row([7, 1234567, 45992.37516203704, -42, 2 ** 40]);
  rows.row([null, NaN, Infinity, 0, 0.5]);
  expect(rows.take()!.toString('utf8')).toBe(
    '<row r="2"><c r="A2"><v>7</v></c><c r="B2" s="3"><v>1234567</v></c><c r="C2" s="5"><v>45992.37516203704</v></c>' +
      `<c r="D2"><v>-42</v></c><c r="E2"><v>${2 ** 40}</v></c></row>` +
      '<row r="3"><c r="D3"><v>0</v></c><c r="E3"><v>0.5</v></c></row>',
  );
  expect(rows.take()).toBeNull(); // nothing since
});

test('texts are indexes into the shared-strings table, each added once; past its bound they go inline, escaped', () => {
  const shared = table(2);
  const rows = new SheetRowBytes([0, 0], new SharedTexts(shared));
  rows.row(['已办结', '2026-11-23\u0001\uFFFE']);
  rows.row(['2026-11-23\u0001\uFFFE', '已办结']);
  rows.row([' <a & "b">\u0001\uFFFF', '已办结']); // the table is full: a new text is inline, a known one still shared
  expect(shared.values).toEqual(['已办结', '2026-11-23']);
  expect(rows.take()!.toString('utf8')).toBe(
    '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>' +
      '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>0</v></c></row>' +
      '<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve"> &lt;a &amp; &quot;b&quot;&gt;</t></is></c><c r="B4" t="s"><v>0</v></c></row>',
  );
  expect(() => rows.row(['a', 'b', 'c'])).toThrow('a row of 3 cells in a sheet of 2 columns');
});

test('a chunk larger than the buffer grows it; each take hands over a buffer of its own, row numbers running on', () => {
  const rows = new SheetRowBytes([0], new SharedTexts(table()));
  for (let i = 0; i < 20_000; i++) rows.row([i]);
  const first = rows.take()!;
  rows.row([1]);
  const second = rows.take()!;
  expect(first.length).toBeGreaterThan(1 << 16);
  expect(first.toString('latin1').endsWith('<row r="20001"><c r="A20001"><v>19999</v></c></row>')).toBe(true);
  expect(second.toString('latin1')).toBe('<row r="20002"><c r="A20002"><v>1</v></c></row>');
  expect(first.buffer).not.toBe(second.buffer);
});
