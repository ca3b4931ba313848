// What the keypad bytes mean: the call keypad's keys by code, and the evaluator's value as a 好差评
// satisfaction level. A 5-key evaluator sends 0 非常满意 … 4 非常不满意 (levels 5..1); a 4-key unit
// has 0 非常满意 … 3 不满意 (levels 5..2), so the same key position means the same level on both.
import { FT68, type Ft68Frame } from './ft68';

export const keyCodes = {
  call: 0x0c, // 呼叫
  recall: 0x0d, // 重呼
  cancel: 0x0e, // 取消
  pause: 0x12, // 暂停
  transfer: 0x13, // 转移
  rate: 0x0b, // 评价
  noShow: 0x0f, // 弃号 (sent as 06 0F)
} as const;
export type KeyName = keyof typeof keyCodes;
export const keyNames = Object.keys(keyCodes) as KeyName[];

/** The data bytes a keypad sends for a key (弃号 comes as the two bytes 06 0F). */
export function keyBytes(key: KeyName): number[] {
  return key === 'noShow' ? [0x06, keyCodes.noShow] : [keyCodes[key]];
}

/** The hall-facing labels printed on the keys. */
export const keyLabels: Record<KeyName, string> = {
  call: '呼叫',
  recall: '重呼',
  cancel: '取消',
  pause: '暂停',
  transfer: '转移',
  rate: '评价',
  noShow: '弃号',
};

export type KeypadInput =
  { kind: 'key'; address: number; key: KeyName } | { kind: 'evaluation'; address: number; value: number } | { kind: 'unknown'; address: number; why: string };

const byCode = new Map<number, KeyName>(keyNames.map((k) => [keyCodes[k], k]));

/** What a valid frame from the bus means. Frames the host itself sends (display, beep) are 'unknown' here. */
export function decodeInput(frame: Ft68Frame): KeypadInput {
  const { address, control, data } = frame;
  if (control === FT68.key) {
    const key = data.length > 0 ? byCode.get(data[data.length - 1]!) : undefined;
    if (key === 'noShow' && !(data.length === 2 && data[0] === 0x06)) return { kind: 'unknown', address, why: '弃号 must come as 06 0F' };
    return key ? { kind: 'key', address, key } : { kind: 'unknown', address, why: `unknown key code ${data.toString('hex') || '(none)'}` };
  }
  if (control === FT68.evaluation) {
    if (data.length !== 1 || data[0]! > 4) return { kind: 'unknown', address, why: `bad evaluator value ${data.toString('hex')}` };
    return { kind: 'evaluation', address, value: data[0]! };
  }
  return { kind: 'unknown', address, why: `unexpected control byte ${control.toString(16)}` };
}

export type EvaluatorKeys = 4 | 5;

/** The satisfaction level (5 非常满意 … 1 非常不满意) for an evaluator value, or null if the unit has no such key. */
export function satisfactionLevel(value: number, keys: EvaluatorKeys): 1 | 2 | 3 | 4 | 5 | null {
  if (!Number.isInteger(value) || value < 0 || value >= keys) return null;
  return (5 - value) as 1 | 2 | 3 | 4 | 5;
}
