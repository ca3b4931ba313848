// Between ratings: the window, and the clerk serving at it (photo or initial, name, 工号), so the
// resident knows whom they will rate.
import { useTranslation } from 'react-i18next';
import { useHallView } from '../shared/useHallView';

export function IdleScreen({ windowNo }: { windowNo: number }) {
  const { t } = useTranslation();
  const hall = useHallView();
  const window = hall?.windows.find((w) => w.number === windowNo);
  const clerk = window && window.status !== 'closed' ? window.clerk : null;
  return (
    <section className="pad-idle" data-testid="pad-idle">
      <div className="pad-hall">{hall?.hallName}</div>
      {clerk ? (
        <div className="clerk-card" data-testid="pad-clerk">
          {/* No photo is stored yet: the family name stands in for it. */}
          <div className="clerk-photo" aria-hidden="true">
            {clerk.name.slice(0, 1)}
          </div>
          <div className="clerk-name">{clerk.name}</div>
          <div className="clerk-no">{t('pad.clerkNo', { id: clerk.id })}</div>
          <div className="clerk-motto">{t('pad.serving')}</div>
        </div>
      ) : (
        <div className="pad-closed" data-testid="pad-closed">
          {t('pad.closed')}
        </div>
      )}
    </section>
  );
}
