// The hall screen's report of its announcements, and the consoles' view of them. The report is public
// (a hall screen is a public screen with no login), so it can do no harm: it only sets a displayed
// status, only for the call the hall itself made last at that window (number and recall must match and
// the ticket must still be called or served there), and only forward (queued → announcing → an end).
import { z } from 'zod';
import { announcementProblems, announcementReports, type AnnouncementView } from './announcement-views';
import { command } from './command-spec';
import { windowNo } from './queue-commands';

export const announcementCommands = {
  'announcements.report': command<AnnouncementView>()(
    'public',
    z.strictObject({
      window: windowNo,
      number: z.string().regex(/^[A-Z][0-9]{3,4}$/, { error: 'a ticket number like A001' }),
      recall: z.number().int().min(0).max(999),
      state: z.enum(announcementReports),
      problem: z.enum(announcementProblems).optional(),
    }),
  ),
  'announcements.list': command<AnnouncementView[]>()(['clerk', 'admin'], z.strictObject({})),
} as const;
