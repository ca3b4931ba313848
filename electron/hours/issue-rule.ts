// The issuing rule the engine calls from issue(): nothing is issued that cannot be served today. A
// service outside its hours or past its kiosk cutoff is refused as service_closed, with the reason and
// when it opens again. The daily cap stays the engine's own check (service_full). An appointment
// (priority 'appointment') is checked in by its own rules, also outside hours for later today.
import { HallFault, type PriorityClass } from '../contract';
import { issuing, issuingState } from '../shared/calendar/issuing-state';
import type { HallSchedule } from '../shared/calendar/schedule';
import { formatHallTime } from '../shared/hall-time';

export function checkIssuable(schedule: HallSchedule, timeZone: string, serviceId: string, priority: PriorityClass, now: number): void {
  if (priority === 'appointment') return;
  const state = issuingState(schedule, now, timeZone, serviceId);
  if (issuing(state)) return;
  const again = state.nextOpening === null ? 'not within a year' : formatHallTime(state.nextOpening, 'dateTime', timeZone);
  throw new HallFault(
    'service_closed',
    `service ${serviceId} is not issued now (${state.reason}); it opens again ${again}`,
    'serviceId',
    undefined,
    undefined,
    {
      reason: state.reason!,
      nextOpening: state.nextOpening === null ? null : new Date(state.nextOpening).toISOString(),
    },
  );
}
