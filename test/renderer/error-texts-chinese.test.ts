// Every error code and refusal reason that can reach a user (the contract's lists and the ones
// docs/API.md names) reads in Chinese on a Chinese screen: a text exists in zh-CN and zh-TW, is not
// the bare key, and has no Latin words (a few technical names a clerk sees on the hardware itself are
// allowed). The same for the device faults of the devices drawer. Uses its own i18next instance, so
// the shared one's language is left as it was.
import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import { conflictReasons, deviceFaults, errorStatus, type ErrorCode, type HallError } from '../../electron/contract';
import { localeResources } from '../../electron/shared/locales';
import { errorText } from '../../renderer/src/shared/errors';

/** Names that are written in Latin letters in Chinese too. */
const LATIN_ALLOWED = new Set(['WebSocket', 'PIN', 'QR', 'LED', 'ID', 'U']);
const latinWords = (text: string) => (text.match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));

const api = readFileSync('docs/API.md', 'utf8');
/** The error table's codes: rows "| `code` | 4xx |". */
const documentedCodes = [...api.matchAll(/^\| `([a-z_]+)` \| \d{3} \|/gm)].map((m) => m[1]!);
/** The reasons the conventions list: the backticked words after "says what stands in the way:", to its full stop. */
const reasonsParagraph = /says what stands in the\s+way:([\s\S]*?)\.\n/.exec(api)?.[1] ?? '';
const documentedReasons = [...reasonsParagraph.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!);

const codes = [...new Set([...Object.keys(errorStatus), ...documentedCodes])];
const reasons = [...new Set([...conflictReasons, ...documentedReasons])];

test('the docs list what the contract has (the parse found them)', () => {
  expect(documentedCodes).toContain('conflict');
  expect(documentedCodes.length).toBeGreaterThanOrEqual(10);
  expect(documentedReasons).toContain('window_paused');
  expect(documentedReasons).toContain('not_held_here');
  // A documented code or reason that the contract does not have is a stale doc.
  for (const c of documentedCodes) expect(Object.keys(errorStatus)).toContain(c);
  for (const r of documentedReasons) expect(conflictReasons as readonly string[]).toContain(r);
});

describe.each(['zh-CN', 'zh-TW'] as const)('%s', (lng) => {
  const i18n = i18next.createInstance();
  void i18n.init({ resources: localeResources, lng, fallbackLng: false, initAsync: false, interpolation: { escapeValue: false } });
  const t = i18n.t.bind(i18n) as TFunction;
  const chinese = (text: string, key: string) => {
    expect(text, key).not.toBe('');
    expect(text, `${key} has no text`).not.toContain(key.split('.').pop()!);
    expect(text, `${key}: ${text}`).toMatch(/[\u4e00-\u9fff]/);
    expect(latinWords(text), `${key}: ${text}`).toEqual([]);
  };

  test.each(codes)('error code %s', (code) => {
    const error: HallError = { code: code as ErrorCode, message: 'English words for the log' };
    chinese(errorText(t, error), code);
  });

  test.each(reasons)('refusal reason %s', (reason) => {
    const error = { code: 'conflict', message: 'English words for the log', reason } as HallError;
    chinese(errorText(t, error), reason);
  });

  test.each([...deviceFaults])('device fault %s, as the devices drawer says it', (fault) => {
    chinese(t('devices.error', { error: t(`consoleDay.deviceFault.${fault}`) }), fault);
  });

  test('the check itself finds English', () => {
    expect(latinWords('故障：printer is out of paper')).toEqual(['printer', 'is', 'out', 'of', 'paper']);
    expect(latinWords('此地址需要 WebSocket 连接')).toEqual([]);
  });
});
