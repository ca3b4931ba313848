// A business day (yyyy-MM-dd) as staff read it, with its weekday: 12月4日 周五 / Fri 4 Dec.
import { useTranslation } from 'react-i18next';

export function PickupDay({ day }: { day: string | null }) {
  const { t } = useTranslation();
  if (!day) return <>{t('pickups.noPromise')}</>;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return <>{t('pickups.day', { month: m, day: d, weekday: t(`pickups.weekday.${weekday}`) })}</>;
}
