// Every user-facing string exists in all three languages, and every code the hall can answer with
// (error codes, refusal reasons, states, classes) has a text: a new one without a translation fails here.
import { describe, expect, test } from 'vitest';
import {
  conflictReasons,
  errorStatus,
  followUpFilters,
  followUpSteps,
  outcomes,
  pauseReasons,
  priorityClasses,
  ratingChannels,
  ratingLevels,
  ratingReasonGroups,
  ratingReasons,
  ratingStatuses,
  reviewKinds,
  ticketStates,
} from '../../electron/contract';
import en from '../../electron/shared/locales/en.json';
import zhCN from '../../electron/shared/locales/zh-CN.json';
import zhTW from '../../electron/shared/locales/zh-TW.json';

const languages = { 'zh-CN': zhCN, 'zh-TW': zhTW, en } as Record<string, Record<string, unknown>>;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

// i18next plural forms (`ahead_one`, `ahead_other` in English; one form in Chinese) count as one key.
const baseKeys = (tree: unknown) => [...new Set(keys(tree).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

test('the three languages have exactly the same keys', () => {
  const reference = baseKeys(zhCN);
  expect(reference.length).toBeGreaterThan(50);
  expect(baseKeys(zhTW)).toEqual(reference);
  expect(baseKeys(en)).toEqual(reference);
});

describe.each(Object.keys(languages))('%s', (lang) => {
  const tree = languages[lang];
  const required = [
    ...Object.keys(errorStatus).map((c) => `errors.${c}`),
    ...conflictReasons.map((r) => `errors.reason.${r}`),
    ...ticketStates.map((s) => `ticketState.${s}`),
    ...priorityClasses.map((p) => `priority.${p}`),
    ...pauseReasons.map((p) => `pauseReason.${p}`),
    ...outcomes.map((o) => `outcome.${o}`),
    ...ratingLevels.map((l) => `rating.level.${l}`),
    ...Object.keys(ratingReasonGroups).map((g) => `rating.group.${g}`),
    ...ratingReasons.map((r) => `rating.reason.${r}`),
    ...ratingStatuses.filter((st) => st !== 'awaiting').map((st) => `consoleRating.${st}`),
    ...ratingStatuses.map((st) => `rating.status.${st}`),
    ...ratingChannels.map((c) => `rating.channel.${c}`),
    ...reviewKinds.map((k) => `rating.review.${k}`),
    ...followUpSteps.map((st) => `rating.step.${st}`),
    ...followUpSteps.map((st) => `admin.next.${st}`),
    ...followUpFilters.map((f) => `admin.filter.${f}`),
  ];
  test.each(required)('has a non-empty text for %s', (path) => {
    // A refusal reason or ticket state added by a branch may have its text in that branch's own section
    // (queueMoves.reason.*, queueMoves.ticketState.*: renderer/src/shared/errors.ts looks there too).
    const own = path.replace(/^errors\.reason\./, 'queueMoves.reason.').replace(/^ticketState\./, 'queueMoves.ticketState.');
    const text = lookup(tree, path) ?? lookup(tree, own);
    expect(typeof text).toBe('string');
    expect((text as string).trim()).not.toBe('');
  });

  test('Chinese texts are in Chinese', () => {
    if (lang === 'en') return;
    expect(lookup(tree, 'errors.conflict')).toMatch(/[\u4e00-\u9fff]/);
  });
});
