// The two LED dialects behind one interface: what frame makes a screen show a text, whether the
// screen answers (and how an answer is recognised), and how long the bus must stay quiet between frames.
import { BX, BX_MODE, bxCommand, bxTextArgs, encodeBx, isCommand, type BxFrame } from './bx5k';
import { BxReader } from './bx5k-reader';
import { encodeStrip, STRIP_MIN_GAP_MS } from './strip';

export const ledDialectNames = ['bx5k', 'strip'] as const;
export type LedDialectName = (typeof ledDialectNames)[number];

export interface LedTarget {
  address: number;
  /** The hall screen (strip: its own frame kind). */
  hall: boolean;
}

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
  /** Reads answers from the stream and reports the address that answered. Null: no answers. */
  answerReader(onAnswer: (address: number) => void): AnswerReader | null;
  /** The quiet time the screens need between frames, ms. */
  readonly minGapMs: number;
}

export const bx5kDialect: LedDialect = {
  name: 'bx5k',
  textFrame: (target, text, scroll) =>
    text.length === 0
      ? encodeBx({ dst: target.address, data: bxCommand(BX.clear, Buffer.from([0])) })
      : encodeBx({ dst: target.address, data: bxCommand(BX.text, bxTextArgs(text, scroll ? BX_MODE.scrollLeft : BX_MODE.static)) }),
  pingFrame: (target) => encodeBx({ dst: target.address, data: bxCommand(BX.ping) }),
  answerReader: (onAnswer) =>
    new BxReader((frame: BxFrame) => {
      if (isCommand(frame.data, BX.answer) && frame.data[2] === 0) onAnswer(frame.src);
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
