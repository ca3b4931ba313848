// Commands of the hall's call rules: a 绿色通道 ticket issued by staff for a resident at the window
// (elderly, disabled, pregnant), and the staffing alerts.
import { z } from 'zod';
import { command } from './command-spec';
import type { StaffingView } from './staffing-views';
import type { IssuedTicket } from './views';

export const policyCommands = {
  /** A priority (绿色通道) ticket of the chosen service, issued by a clerk for a resident standing at the window. */
  'tickets.issuePriority': command<IssuedTicket>()(['clerk', 'admin'], z.strictObject({ serviceId: z.string().min(1).max(16) })),
  'staffing.alerts': command<StaffingView>()(['clerk', 'admin'], z.strictObject({})),
} as const;
