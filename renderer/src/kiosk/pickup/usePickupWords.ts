// The kiosk's sentences for a pickup code's answer, in the screen's language: the item, and the day in
// words a resident reads at a glance (12月4日 星期五 / Friday 4 December).
import { useTranslation } from 'react-i18next';
import type { PickupTakeResult } from '../../../../electron/contract';
import { useLang } from '../../shared/useLang';

export function usePickupWords() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    return t('pickupKiosk.day', { month: m, day: d, weekday: t(`pickupKiosk.weekday.${weekday}`) });
  };
  const sentence = (answer: PickupTakeResult): string => {
    const item = pick(answer.itemName);
    switch (answer.outcome) {
      case 'not_ready':
        return answer.promisedDay ? t('pickupKiosk.notReady', { item, day: day(answer.promisedDay) }) : t('pickupKiosk.notReadyNoDay', { item });
      case 'already_waiting':
        return t('pickupKiosk.alreadyWaiting', { item, number: answer.ticketNumber });
      case 'handed_over':
        return t('pickupKiosk.handedOver', { item, day: day(answer.day) });
      case 'delivered':
        return t('pickupKiosk.delivered', { item, day: day(answer.day) });
      case 'issued':
        return item;
    }
  };
  return { sentence, day };
}
