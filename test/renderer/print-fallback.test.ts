// When the kiosk tells the resident to remember their number: on a failed print.result, on a printer
// known to be unable to print before the tap, and when no word comes in time; never when it printed.
import { expect, test } from 'vitest';
import type { PrintResult } from '../../electron/contract';
import { printFailure } from '../../renderer/src/kiosk/print-failure';

const result = (ok: boolean, printer: PrintResult['printer']): PrintResult => ({
  ticketId: 1,
  number: 'A001',
  ok,
  printer,
  error: ok ? null : 'x',
  reprint: false,
});

test.each([
  // before the tap, the outcome, waited too long → what the kiosk shows
  [null, undefined, false, null],
  [null, undefined, true, 'unknown'],
  ['ok', undefined, false, null],
  ['near_end', undefined, true, 'unknown'],
  ['paper_out', undefined, false, 'paper_out'],
  ['cover_open', undefined, false, 'cover_open'],
  ['offline', undefined, false, 'offline'],
  ['paper_out', result(true, 'ok'), true, null],
  ['ok', result(false, 'paper_out'), false, 'paper_out'],
  ['ok', result(false, 'offline'), false, 'offline'],
  ['ok', result(true, 'near_end'), true, null],
  ['ok', result(false, 'ok'), false, 'ok'],
] as const)('before %s, result %j, waited %s → %s', (before, outcome, waited, expected) => {
  expect(printFailure(before, outcome, waited)).toBe(expected);
});
