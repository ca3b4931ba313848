// The rules of one rating's content, apart from who gives it and when: a 差评 from a pad names at
// least one reason (a keypad has no way to), and reasons belong to 差评 only. Pure, unit-tested.
import { isBadRating, type ParsedInput } from '../contract';

export type RatingSubmission = ParsedInput<'ratings.submit'>;

export function ratingSubmissionError(input: RatingSubmission): { field: string; message: string } | null {
  const bad = isBadRating(input.level);
  if (bad && input.channel === 'pad' && input.reasons.length === 0) {
    return { field: 'reasons', message: 'reasons: a rating of 不满意 or 非常不满意 needs at least one reason' };
  }
  if (!bad && input.reasons.length > 0) {
    return { field: 'reasons', message: 'reasons: reasons are given only with 不满意 or 非常不满意 (levels 1–2)' };
  }
  if (new Set(input.reasons).size !== input.reasons.length) {
    return { field: 'reasons', message: 'reasons: a reason is listed twice' };
  }
  return null;
}
