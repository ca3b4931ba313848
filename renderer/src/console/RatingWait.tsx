// Why the next call waits (issue 14, ratings that cannot be cut off): 等待评价 while the resident has not
// touched the pad yet, 正在评价 while they are using it, each with the seconds left until the deadline
// (which moves while they use the pad). When a call (F1, 呼叫) was just refused for the rating, a notice
// says so in the same place, with the same countdown. Shown inside the rating status (RatingStatus.tsx).
import { useTranslation } from 'react-i18next';
import type { RatingPrompt } from '../../../electron/contract';
import { useSecondsLeft } from '../shared/useRatingPrompt';
import type { useRunner } from './useRunner';
import './rating-wait.css';

interface Props {
  prompt: RatingPrompt | null;
  runner: ReturnType<typeof useRunner>;
}

export function RatingWait({ prompt, runner }: Props) {
  const { t } = useTranslation();
  const awaiting = prompt?.awaiting ?? null;
  const seconds = useSecondsLeft(awaiting?.deadline ?? null);
  if (!awaiting) return null;
  const state = awaiting.activeAt !== null ? 'inUse' : 'waiting';
  const refused = runner.notice?.error?.reason === 'awaiting_rating';
  return (
    <div className={`rating-wait rating-wait-${state}`} data-testid="rating-wait" data-state={state}>
      <span className="rating-wait-state" data-testid="rating-wait-state">
        {t(`ratingWait.${state}`)}
      </span>
      <span className="rating-wait-left">{t('ratingWait.secondsLeft', { seconds })}</span>
      {prompt?.blocksCall && state === 'inUse' && <span className="rating-wait-why">{t('ratingWait.whyInUse')}</span>}
      {refused && (
        <strong className="rating-wait-refused" role="alert" data-testid="rating-wait-refused">
          {t(`ratingWait.refused.${state}`, { number: awaiting.number, seconds })}
        </strong>
      )}
    </div>
  );
}
