// The clerk's own day (issue 14), at the top of the right column: tickets they served today, their
// mean handling time, and their own 满意率 ((非常满意 + 满意) ÷ rated, as the reports count it) with the
// counts it comes from, so "100%" of one rating is not read as a good day.
import { useTranslation } from 'react-i18next';
import type { ClerkDayView } from '../../../electron/contract';
import { durationText, satisfactionPercent } from './my-day-text';

export function MyDayPanel({ myDay }: { myDay: ClerkDayView | null }) {
  const { t } = useTranslation();
  const none = t('consoleDay.myDay.none');
  const average = myDay?.averageHandleSeconds == null ? none : durationText(t, myDay.averageHandleSeconds);
  const rate =
    myDay && myDay.rated > 0
      ? t('consoleDay.myDay.rate', { percent: satisfactionPercent(myDay), satisfied: myDay.satisfied, rated: myDay.rated })
      : t('consoleDay.myDay.noRatings');
  return (
    <section className="my-day" aria-label={t('consoleDay.myDay.title')} data-testid="my-day">
      <h2>{t('consoleDay.myDay.title')}</h2>
      <dl>
        <div>
          <dt>{t('consoleDay.myDay.served')}</dt>
          <dd data-testid="my-day-served">{myDay ? myDay.served : none}</dd>
        </div>
        <div>
          <dt>{t('consoleDay.myDay.average')}</dt>
          <dd data-testid="my-day-average">{average}</dd>
        </div>
        <div>
          <dt>{t('consoleDay.myDay.satisfaction')}</dt>
          <dd data-testid="my-day-satisfaction">{rate}</dd>
        </div>
      </dl>
    </section>
  );
}
