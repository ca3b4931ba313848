// The window's 好差评 state for the clerk: awaiting the resident's rating (with the countdown), or how
// the last one ended (never the level), the hall's block-until-rated rule, and the invitation button
// (the same as the keypad's 评价 key). The clerk can invite a rating, never enter one.
import { useTranslation } from 'react-i18next';
import type { RatingPrompt } from '../../../electron/contract';
import { RatingWait } from './RatingWait';
import type { useRunner } from './useRunner';
import './rating-status.css';

interface Props {
  windowNo: number;
  /** The window's rating state (useRatingPrompt, read once by the panel that places this box). */
  prompt: RatingPrompt | null;
  runner: ReturnType<typeof useRunner>;
}

export function RatingStatus({ windowNo, prompt, runner }: Props) {
  const { t } = useTranslation();
  const awaiting = prompt?.awaiting ?? null;
  const last = prompt?.last ?? null;

  const invite = async () => {
    const result = await runner.run('window.inviteRating', { window: windowNo });
    if (result.ok && result.value.awaiting) {
      runner.setNotice({ kind: 'ok', key: 'consoleRating.invited', values: { number: result.value.awaiting.number } });
    }
  };

  // While awaiting: the number here, its state (等待评价 / 正在评价) and countdown once, in RatingWait.
  let text = t('consoleRating.idle');
  if (awaiting) text = awaiting.number;
  else if (last) text = t(`consoleRating.${last.status}`, { number: last.number });
  return (
    <section className={`rating-status ${awaiting ? 'rating-awaiting' : ''}`} data-testid="rating-status" data-awaiting={awaiting !== null}>
      <span className="rating-status-title">{t('consoleRating.title')}</span>
      <span className="rating-status-text" data-testid="rating-status-text">
        {text}
      </span>
      <RatingWait prompt={prompt} runner={runner} />
      {awaiting && prompt?.blocksCall && (
        <span className="rating-status-block" data-testid="rating-blocks">
          {t('consoleRating.blocks')}
        </span>
      )}
      <button type="button" onClick={() => void invite()} disabled={runner.busy} data-testid="invite-rating">
        {t('consoleRating.invite')}
      </button>
    </section>
  );
}
