// Marks a rating found mistaken or malicious as under review, with the reason. It is kept, never deleted.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewKinds, type RatingView, type ReviewKind } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { formatTime } from './format';
import type { Admin } from './useAdmin';

export function ReviewForm({ admin, rating, onDone }: { admin: Admin; rating: RatingView; onDone: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [kind, setKind] = useState<ReviewKind>('mistaken');
  const [reason, setReason] = useState('');
  if (rating.review) {
    const r = rating.review;
    return (
      <p className="case-review" data-testid="case-review">
        {t('admin.reviewed', { kind: t(`rating.review.${r.kind}`), reason: r.reason, by: r.by, time: formatTime(r.at, lang) })}
      </p>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await admin.run('ratings.markUnderReview', { ratingId: rating.id, kind, reason });
    if (!result.ok) return;
    admin.setNotice({ kind: 'ok', key: 'admin.reviewDone' });
    onDone();
  };
  return (
    <details className="review-form">
      <summary>{t('admin.reviewTitle')}</summary>
      <form onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('admin.reviewHint')}</p>
        <fieldset>
          <legend>{t('admin.reviewKind')}</legend>
          {reviewKinds.map((k) => (
            <label key={k}>
              <input type="radio" name="review-kind" checked={kind === k} onChange={() => setKind(k)} />
              {t(`rating.review.${k}`)}
            </label>
          ))}
        </fieldset>
        <label>
          <span>{t('admin.reviewReason')}</span>
          <textarea value={reason} maxLength={1000} rows={2} onChange={(e) => setReason(e.target.value)} data-testid="review-reason" />
        </label>
        <button type="submit" disabled={admin.busy || !reason.trim()} data-testid="review-submit">
          {t('admin.reviewSubmit')}
        </button>
      </form>
    </details>
  );
}
