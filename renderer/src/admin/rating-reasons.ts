// A rating's reasons as the manager reads them. An evaluator keypad (channel keypad, pf=5) has level keys
// only, so its 差评 never has reasons: the case says so instead of an empty "—" (issue 14).
import type { TFunction } from 'i18next';
import type { RatingView } from '../../../electron/contract';
import { joinList } from '../shared/list-text';

export function reasonsText(t: TFunction, r: Pick<RatingView, 'reasons' | 'channel'>, none: string): string {
  if (r.reasons.length > 0)
    return joinList(
      t,
      r.reasons.map((x) => t(`rating.reason.${x}`)),
    );
  return r.channel === 'keypad' ? t('ratingWait.keypadNoReasons') : none;
}
