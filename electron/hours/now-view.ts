// What the kiosk reads of the hours: whether each service is issued now, and if not why and when
// again; the hall as a whole (issuing while any service issues); today's periods and the phone.
import type { HoursNowView, IssuingStateView } from '../contract';
import { businessDayOf } from '../core/clock';
import type { ServiceRow } from '../core/rows';
import { issuing, issuingState, type IssuingState } from '../shared/calendar/issuing-state';
import { isConfigured, isOpenAt, periodsOn, type HallSchedule } from '../shared/calendar/schedule';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export const stateView = (s: IssuingState): IssuingStateView => ({
  status: s.status,
  reason: s.reason,
  closesAt: iso(s.closesAt),
  cutoffAt: iso(s.cutoffAt),
  nextOpening: iso(s.nextOpening),
});

export interface NowInputs {
  schedule: HallSchedule;
  now: number;
  timeZone: string;
  phone: string;
  services: readonly ServiceRow[];
  capReached: (service: ServiceRow) => boolean;
}

/** The hall's state: the first issuing service's, else the closed state that opens soonest. */
function hallState(states: IssuingState[], fallback: IssuingState): IssuingState {
  const open = states.find(issuing);
  if (open) return open;
  const next = states.filter((s) => s.nextOpening !== null).sort((a, b) => a.nextOpening! - b.nextOpening!)[0];
  return next ?? fallback;
}

export function nowView({ schedule, now, timeZone, phone, services, capReached }: NowInputs): HoursNowView {
  const enabled = services.filter((s) => s.enabled);
  const states = new Map(enabled.map((s) => [s.id, issuingState(schedule, now, timeZone, s.id, capReached(s))]));
  const day = businessDayOf(now, timeZone);
  return {
    now: new Date(now).toISOString(),
    businessDay: day,
    timeZone,
    configured: isConfigured(schedule),
    open: isOpenAt(schedule, now, timeZone),
    hall: stateView(hallState([...states.values()], issuingState(schedule, now, timeZone))),
    services: Object.fromEntries([...states].map(([id, s]) => [id, stateView(s)])),
    today: periodsOn(schedule, day),
    phone,
  };
}

/** What changes the kiosk's screen: each service's status and next opening (not the clock itself). */
export const signatureOf = (view: HoursNowView) =>
  JSON.stringify([view.businessDay, view.configured, view.open, view.hall, view.services, view.today, view.phone]);
