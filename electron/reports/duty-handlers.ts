// The handlers of the duty report and the appraisal sheet (duty-report-commands.ts), joined into the
// reports capability. The schedule is the hours capability's (its `calendar` part), read at each ask so
// that a change of hours applies at once. Both are long reads: steps over ctx.reader (core/steps.ts).
import type { HallCalendar } from '../hours/calendar';
import type { HallContext } from '../core/capability';
import type { Handlers } from '../core/handler-types';
import type { dutyReportCommands } from '../contract';
import { appraisalSteps } from './appraisal';
import { dutyReportSteps } from './duty-report';

export function dutyReportHandlers(ctx: HallContext<Record<never, never>>, calendar: HallCalendar): Pick<Handlers, keyof typeof dutyReportCommands> {
  const base = () => ({ timeZone: ctx.settings.get('timeZone'), now: ctx.clock.now() });
  return {
    'reports.duty': ({ from, to, clerkId }, { reader }) => dutyReportSteps(reader, calendar.schedule(), { from, to, clerkId, ...base() }),
    'reports.appraisal': ({ month, clerkId }, { reader }) =>
      appraisalSteps(reader, calendar.schedule(), { month, clerkId, hallName: ctx.settings.get('hallName'), ...base() }),
  };
}
