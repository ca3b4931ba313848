// The five levels of the national 好差评 scheme, each a large face and word; the hall's countdown below.
import { useTranslation } from 'react-i18next';
import { ratingLevels, type RatingLevel } from '../../../electron/contract';
import { useSecondsLeft } from '../shared/useRatingPrompt';
import { Face } from './Face';
import type { Ask } from './useRatingFlow';

interface Props {
  ask: Ask;
  busy: boolean;
  onChoose: (level: RatingLevel) => void;
}

export function LevelScreen({ ask, busy, onChoose }: Props) {
  const { t } = useTranslation();
  const seconds = useSecondsLeft(ask.deadline);
  return (
    <section className="pad-levels" data-testid="pad-levels">
      <h1 className="pad-ask">{t('pad.ask')}</h1>
      <div className="pad-ticket" data-testid="pad-ticket">
        {t('pad.ticket', { number: ask.number })}
      </div>
      <div className="level-row">
        {ratingLevels.map((level) => (
          <button key={level} type="button" className={`level level-${level}`} disabled={busy} onClick={() => onChoose(level)} data-testid={`level-${level}`}>
            <Face level={level} size="min(15vw, 24vh)" />
            <span className="level-word">{t(`rating.level.${level}`)}</span>
          </button>
        ))}
      </div>
      <div className="pad-countdown" data-testid="pad-countdown">
        {t('pad.countdown', { seconds })}
      </div>
    </section>
  );
}
