// Thanks after a rating (from this pad or the window's keypad); the pad returns to idle by itself.
import { useTranslation } from 'react-i18next';

export function ThanksScreen() {
  const { t } = useTranslation();
  return (
    <section className="pad-thanks" data-testid="pad-thanks">
      <div className="thanks-mark" aria-hidden="true">
        ✓
      </div>
      <h1>{t('pad.thanks')}</h1>
      <p>{t('pad.thanksSub')}</p>
    </section>
  );
}
