// The handlers of the duty report and the appraisal sheet (duty-report-commands.ts), joined into the
// reports capability. The schedule is the hours capability's (its `calendar` part), read at each ask so
// that a change of hours applies at once.
import type { HallCalendar } from '../hours/calendar';
import type { HallContext } from '../core/capability';
import type { Handlers } from '../core/handler-types';
import type { dutyReportCommands } from '../contract';
import { appraisal } from './appraisal';
import { dutyReport } from './duty-report';

export function dutyReportHandlers(ctx: HallContext<Record<never, never>>, calendar: HallCalendar): Pick<Handlers, keyof typeof dutyReportCommands> {
  const base = () => ({ timeZone: ctx.settings.get('timeZone'), now: ctx.clock.now() });
  return {
    'reports.duty': ({ from, to, clerkId }) => dutyReport(ctx.db, calendar.schedule(), { from, to, clerkId, ...base() }),
    'reports.appraisal': ({ month, clerkId }) => appraisal(ctx.db, calendar.schedule(), { month, clerkId, hallName: ctx.settings.get('hallName'), ...base() }),
  };
}
