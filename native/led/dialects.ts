// The two LED dialects behind one interface: what frame makes a screen show a text, whether the
// screen answers (and how an answer is recognised), and how long the bus must stay quiet between frames.
import { BX, bxAnswerError, bxCommand, encodeBx, type BxFrame } from './bx5k';
import { BX_DISPLAY, bxDynamicArea } from './bx5k-area';
import { BxReader } from './bx5k-reader';
import { encodeStrip, STRIP_MIN_GAP_MS } from './strip';

export const ledDialectNames = ['bx5k', 'strip'] as const;
export type LedDialectName = (typeof ledDialectNames)[number];

export interface LedTarget {
  address: number;
  /** The hall screen (strip: its own frame kind). */
  hall: boolean;
  /** Width in half-width cells (a hanzi is two); a cell of the 16-pixel font is 8 pixels wide. */
  widthCells: number;
  /** Height in pixels (16: one line of the 16-pixel font). */
  heightPx: number;
}

/** Pixels per half-width cell: the controllers' 16-pixel font draws a hanzi 16 wide. */
export const CELL_PX = 8;

/** The answers a screen sends back, as seen by the host. */
export interface AnswerReader {
  push(chunk: Uint8Array): void;
  readonly counters: { frames: number; rejected: number; noiseBytes: number };
}

export interface LedDialect {
  readonly name: LedDialectName;
  /** The frame that makes the screen show `text` (GB2312 bytes; empty clears it). */
  textFrame(target: LedTarget, text: Uint8Array, scroll: boolean): Buffer;
  /** A frame the screen answers without changing what it shows; null when the dialect never answers. */
  pingFrame(target: LedTarget): Buffer | null;
  /** Reads answers from the stream and reports the address that answered and its error (0 = done). Null: no answers. */
  answerReader(onAnswer: (address: number, error: number) => void): AnswerReader | null;
  /** The quiet time the screens need between frames, ms. */
  readonly minGapMs: number;
}

export const bx5kDialect: LedDialect = {
  name: 'bx5k',
  textFrame: (target, text, scroll) =>
    encodeBx({
      dst: target.address,
      data:
        text.length === 0
          ? bxCommand(BX.clear)
          : bxDynamicArea({
              id: 0,
              x: 0,
              y: 0,
              width: target.widthCells * CELL_PX,
              height: target.heightPx,
              display: scroll ? BX_DISPLAY.left : BX_DISPLAY.static,
              speed: scroll ? 4 : 0,
              stay: 0,
              text,
            }),
    }),
  pingFrame: (target) => encodeBx({ dst: target.address, data: bxCommand(BX.ping) }),
  answerReader: (onAnswer) =>
    new BxReader((frame: BxFrame) => {
      const error = bxAnswerError(frame.data);
      if (error !== null) onAnswer(frame.src, error);
    }),
  minGapMs: 10,
};

export const stripDialect: LedDialect = {
  name: 'strip',
  textFrame: (target, text) => encodeStrip(target.address, text, target.hall),
  pingFrame: () => null,
  answerReader: () => null,
  minGapMs: STRIP_MIN_GAP_MS,
};

export const ledDialects: Record<LedDialectName, LedDialect> = { bx5k: bx5kDialect, strip: stripDialect };
