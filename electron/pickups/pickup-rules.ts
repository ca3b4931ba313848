// The rules of a pickup record, pure: its promised day in working days, which state may follow which,
// and when it is overdue. Unit-tested on their own (test/pickups/pickup-rules.test.ts).
import { HallFault, type PickupState } from '../contract';
import { addWorkingDays, type WorkCalendar } from '../shared/calendar/working-days';

/**
 * The promised day: `promisedDays` working days after the business day the item was accepted on
 * (accepted on a Friday with 1 working day: due on Monday). None when the item promises no days.
 */
export function promisedDayOf(acceptedDay: string, promisedDays: number | null, calendar: WorkCalendar): string | null {
  return promisedDays === null ? null : addWorkingDays(acceptedDay, promisedDays, calendar);
}

/** Which state may follow which; handed_over and delivered are final. Staff make every change. */
export const nextStates: Record<PickupState, readonly PickupState[]> = {
  accepted: ['processing'],
  processing: ['ready'],
  ready: ['handed_over', 'delivered'],
  handed_over: [],
  delivered: [],
};

/** Refuses a change the states do not allow, saying what is allowed from here. */
export function checkTransition(code: string, from: PickupState, to: PickupState): void {
  const allowed = nextStates[from];
  if (allowed.includes(to)) return;
  const next = allowed.length > 0 ? `it can only become ${allowed.join(' or ')}` : 'it is final';
  throw new HallFault('conflict', `pickup ${code} is ${from}: ${next}, not ${to}`, 'to', 'pickup_state');
}

const finalStates: readonly PickupState[] = ['handed_over', 'delivered'];

export const isOpen = (state: PickupState) => !finalStates.includes(state);

/** Past its promised day and not yet handed over or delivered. */
export const isOverdue = (state: PickupState, promisedDay: string | null, today: string) => isOpen(state) && promisedDay !== null && promisedDay < today;
