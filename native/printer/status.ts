// The printer's state from its real-time status answers (DLE EOT n, processed by the printer at
// once, even while offline or mid-job). Three queries, sent together, answered one byte each in order:
//   n=1 printer status:  bit 3 (0x08) offline.
//   n=2 offline cause:   bit 2 (0x04) cover open, bit 5 (0x20) stopped at paper end, bit 6 (0x40) error.
//   n=4 paper sensor:    bits 2–3 (0x0C) paper near its end, bits 5–6 (0x60) paper out (ok = 0x12).
// Every answer byte has the fixed pattern 0xx1xx10 (bits 1 and 4 set, 0 and 7 clear); anything else is
// not a status answer. No answer at all means the printer is offline (off, unplugged, unreachable).
// Precedence, most specific first: cover open, paper out, offline/error, near end, ok.
// The states are native/'s own (native/ imports nothing from electron/ but electron/shared);
// electron/devices/printing maps them to the contract's PrinterState.
export const printerStates = ['ok', 'near_end', 'paper_out', 'cover_open', 'offline'] as const;
export type PrinterState = (typeof printerStates)[number];

export const DLE_EOT = (n: 1 | 2 | 4): number[] => [0x10, 0x04, n];

/** The three queries in one write: their answers come back as three bytes in this order. */
export const STATUS_QUERY = Buffer.from([...DLE_EOT(1), ...DLE_EOT(2), ...DLE_EOT(4)]);

export interface StatusReading {
  state: PrinterState;
  /** Why, in words for the log and the console; null when ok. */
  error: string | null;
  /** False when the printer did not answer (or answered nonsense). */
  answered: boolean;
}

const isStatusByte = (b: number) => (b & 0x93) === 0x12;
const hex = (b: number) => `0x${b.toString(16).padStart(2, '0')}`;

export function decodeStatus(answer: Buffer): StatusReading {
  if (answer.length === 0) return { state: 'offline', error: 'printer did not answer the status query', answered: false };
  if (answer.length < 3) return { state: 'offline', error: `printer answered ${answer.length} of 3 status bytes`, answered: false };
  const [printer, cause, paper] = [answer[0]!, answer[1]!, answer[2]!];
  const bad = [printer, cause, paper].find((b) => !isStatusByte(b));
  if (bad !== undefined) return { state: 'offline', error: `not a status answer: ${hex(bad)}`, answered: false };
  if (cause & 0x04) return { state: 'cover_open', error: 'printer cover is open', answered: true };
  if (paper & 0x60 || cause & 0x20) return { state: 'paper_out', error: 'printer is out of paper', answered: true };
  if (cause & 0x40) return { state: 'offline', error: `printer reports an error (DLE EOT 2 = ${hex(cause)})`, answered: true };
  if (printer & 0x08) return { state: 'offline', error: 'printer is offline', answered: true };
  if (paper & 0x0c) return { state: 'near_end', error: null, answered: true };
  return { state: 'ok', error: null, answered: true };
}

/** The answers a printer in this state gives (the virtual printer uses them; tests check the round trip). */
export function statusAnswer(state: Exclude<PrinterState, 'offline'>): Buffer {
  switch (state) {
    case 'ok':
      return Buffer.from([0x12, 0x12, 0x12]);
    case 'near_end':
      return Buffer.from([0x12, 0x12, 0x1e]);
    case 'paper_out':
      return Buffer.from([0x1a, 0x32, 0x72]);
    case 'cover_open':
      return Buffer.from([0x1a, 0x16, 0x12]);
  }
}

/** Only these states print. */
export const canPrint = (state: PrinterState) => state === 'ok' || state === 'near_end';
