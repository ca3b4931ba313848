// After 不满意 / 非常不满意: at least one reason under 服务效率, 服务水平 or 服务态度, and optional words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ratingReasonGroups, type RatingReason, type RatingReasonGroup } from '../../../electron/contract';
import { useSecondsLeft } from '../shared/useRatingPrompt';
import { Face } from './Face';
import type { Ask } from './useRatingFlow';

interface Props {
  ask: Ask;
  level: 1 | 2;
  busy: boolean;
  onBack: () => void;
  onSubmit: (reasons: RatingReason[], text: string) => void;
}

const TEXT_MAX = 200;

export function ReasonScreen({ ask, level, busy, onBack, onSubmit }: Props) {
  const { t } = useTranslation();
  const seconds = useSecondsLeft(ask.deadline);
  const [chosen, setChosen] = useState<RatingReason[]>([]);
  const [text, setText] = useState('');
  const toggle = (reason: RatingReason) => setChosen((list) => (list.includes(reason) ? list.filter((r) => r !== reason) : [...list, reason]));
  return (
    <section className="pad-reasons" data-testid="pad-reasons">
      <header className="reasons-head">
        <Face level={level} size="min(8vw, 12vh)" />
        <div>
          <div className="reasons-level">{t(`rating.level.${level}`)}</div>
          <h1>{t('pad.reasonsTitle')}</h1>
        </div>
        <div className="pad-countdown">{t('pad.countdown', { seconds })}</div>
      </header>
      <div className="reason-groups">
        {(Object.keys(ratingReasonGroups) as RatingReasonGroup[]).map((group) => (
          <fieldset key={group} className="reason-group">
            <legend>{t(`rating.group.${group}`)}</legend>
            {ratingReasonGroups[group].map((reason) => (
              <button
                key={reason}
                type="button"
                className="reason"
                aria-pressed={chosen.includes(reason)}
                onClick={() => toggle(reason)}
                data-testid={`reason-${reason}`}
              >
                {t(`rating.reason.${reason}`)}
              </button>
            ))}
          </fieldset>
        ))}
      </div>
      <label className="reason-text">
        <span>{t('pad.textLabel')}</span>
        <textarea
          value={text}
          maxLength={TEXT_MAX}
          rows={2}
          placeholder={t('pad.textPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          data-testid="reason-text"
        />
      </label>
      <div className="reason-actions">
        <button type="button" className="pad-back" onClick={onBack} disabled={busy}>
          {t('pad.back')}
        </button>
        <button type="button" className="pad-submit" disabled={busy || chosen.length === 0} onClick={() => onSubmit(chosen, text)} data-testid="reason-submit">
          {busy ? t('pad.sending') : t('pad.submit')}
        </button>
      </div>
    </section>
  );
}
