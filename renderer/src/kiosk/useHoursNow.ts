// What is open now (hours.now), kept live by hours.changed: the server pushes it on a manager's save
// and whenever a service opens, reaches its cutoff or closes, so the kiosk never offers a service the
// engine would refuse for long.
import type { HoursNowView } from '../../../electron/contract';
import { useLiveQuery } from '../shared/useLiveQuery';

const takePushed = { name: 'hours.changed' as const, apply: (view: HoursNowView) => view };

export function useHoursNow(): HoursNowView | null {
  return useLiveQuery('hours.now', {}, takePushed).value;
}

/** Whether the kiosk shows its closed screen: hours are set and no service is issued now. */
export const hallClosed = (view: HoursNowView | null) => view !== null && view.configured && view.hall.status !== 'open' && view.hall.status !== 'closing_soon';
