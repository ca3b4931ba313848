// The receiver's receipt for one chunk, and the hall's judgement of an answer: a chunk counts as
// delivered only when the answer is a receipt that parses and describes exactly the chunk that was sent.
// A captive portal's `200 <html>Welcome</html>`, a body cut short, or a receipt for another chunk is a
// failed attempt with its reason in words (shown to the manager), never a delivery. Pure functions.
import { z } from 'zod';
import { businessDay } from './batch-schema';

export const receiptSchema = z.object({
  ok: z.literal(true),
  receiptId: z.string().min(1).max(200),
  hallId: z.string().min(1),
  businessDay,
  /** Echoes of what the receiver stored, so the hall can check it is this chunk's receipt. */
  idempotencyKey: z.string().min(1),
  bodyHash: z.string().regex(/^[0-9a-f]{64}$/),
  chunk: z.object({ index: z.number().int().min(0), count: z.number().int().min(1) }),
  /** Every chunk of the day is stored (and the day assembled). */
  complete: z.boolean(),
  /** The receiver had this chunk already (a repeat or a re-send): the stored receipt. */
  duplicate: z.boolean(),
  /** Receiver time when it committed this chunk (the first time), Unix ms. */
  storedAt: z.number(),
  /** Receiver time of this answer, Unix ms (the hall's clock-skew check). */
  serverTime: z.number(),
});
export type Receipt = z.infer<typeof receiptSchema>;

/** What the hall sent, to check the receipt against. */
export interface SentChunk {
  hallId: string;
  businessDay: string;
  idempotencyKey: string;
  bodyHash: string;
  chunk: { index: number; count: number };
}

/** Why a well-formed receipt is not this chunk's, or null when it is. Chunk numbers in words are 1-based. */
export function receiptMismatch(receipt: Receipt, sent: SentChunk): string | null {
  if (receipt.hallId !== sent.hallId) return `receipt for hall ${receipt.hallId}, sent ${sent.hallId}`;
  if (receipt.businessDay !== sent.businessDay) return `receipt for day ${receipt.businessDay}, sent ${sent.businessDay}`;
  if (receipt.idempotencyKey !== sent.idempotencyKey) return `receipt for key ${receipt.idempotencyKey}, sent ${sent.idempotencyKey}`;
  if (receipt.chunk.count !== sent.chunk.count) return `receipt for ${receipt.chunk.count} chunks, sent ${sent.chunk.count}`;
  if (receipt.chunk.index !== sent.chunk.index) return `receipt for chunk ${receipt.chunk.index + 1}, sent ${sent.chunk.index + 1}`;
  if (receipt.bodyHash !== sent.bodyHash) return `receipt for another body (sha256 ${receipt.bodyHash.slice(0, 12)}…, sent ${sent.bodyHash.slice(0, 12)}…)`;
  if (sent.chunk.index === sent.chunk.count - 1 && !receipt.complete) return `receipt for the last chunk says the day is not complete`;
  return null;
}

export interface Answer {
  status: number;
  contentType: string;
  /** The body, or null when it could not be read to its end (cut short, timed out). */
  text: string | null;
  /** Why the body could not be read. */
  readError?: string;
}

export type Judgement =
  | { kind: 'receipt'; receipt: Receipt }
  /** The upstream refused the batch itself (a 4xx with its error): counts towards setting the day aside. */
  | { kind: 'rejected'; error: string }
  | { kind: 'failed'; error: string };

const errorAnswer = z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string().optional() }) });

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A 2xx must be this chunk's receipt; a 4xx with the receiver's error refuses the batch; anything else is retried. */
export function judgeAnswer(answer: Answer, sent: SentChunk): Judgement {
  const type = answer.contentType.split(';')[0]!.trim() || 'no content-type';
  if (answer.text === null) return { kind: 'failed', error: `${answer.status} but the answer was cut short: ${answer.readError ?? 'body incomplete'}` };
  const json = parseJson(answer.text);
  if (answer.status >= 200 && answer.status < 300) {
    const parsed = receiptSchema.safeParse(json);
    if (!parsed.success) {
      if (json === undefined) return { kind: 'failed', error: `${answer.status} but not a receipt: ${type}` };
      const issue = parsed.error.issues[0]!;
      return { kind: 'failed', error: `${answer.status} but not a receipt: ${issue.path.join('.') || 'body'}: ${issue.message}` };
    }
    const mismatch = receiptMismatch(parsed.data, sent);
    return mismatch ? { kind: 'failed', error: mismatch } : { kind: 'receipt', receipt: parsed.data };
  }
  const refusal = errorAnswer.safeParse(json);
  if (!refusal.success)
    return { kind: 'failed', error: `${answer.status} but not an answer of the receiver: ${type} ${oneLine(answer.text).slice(0, 120)}`.trim() };
  const { code, message } = refusal.data.error;
  const error = oneLine(`${answer.status} ${code} ${message ?? ''}`);
  // Bad data (4xx) is the batch's fault; auth, clock, replay, timeouts and overload (401, 408, 409, 429, 5xx) are retried.
  const batchFault = answer.status >= 400 && answer.status < 500 && ![401, 408, 409, 429].includes(answer.status);
  return batchFault || code === 'idempotency_conflict' ? { kind: 'rejected', error } : { kind: 'failed', error };
}
