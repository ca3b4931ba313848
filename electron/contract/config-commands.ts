// Commands of the manager's configuration (issue 11, part 1): the services and the hall's own settings,
// each change validated, applied live and audited; the audit trail. Manager (admin) only.
import { z } from 'zod';
import { command } from './command-spec';
import type { AuditPage, HallSettingsView, ServiceConfigView } from './config-views';
import { hallFields } from './fields';

const name = (max: number) => z.string().trim().min(1).max(max);

export const configCommands = {
  'config.services': command<ServiceConfigView[]>()(['admin'], z.strictObject({})),
  /** Creates the service, or updates the one with this id (its prefix stays unique in the hall). */
  'config.saveService': command<ServiceConfigView>()(
    ['admin'],
    z.strictObject({
      id: z.string().regex(/^[A-Za-z0-9_-]{1,16}$/, '1–16 letters, digits, _ or -'),
      prefix: z.string().regex(/^[A-Z]$/, 'one capital letter A–Z'),
      name: z.strictObject({ 'zh-CN': name(20), 'zh-TW': name(20), en: name(40) }),
      dailyCap: z.number().int().min(1).max(999).default(999),
      startNumber: z.number().int().min(1).max(999).default(1),
      enabled: z.boolean().default(true),
      sort: z.number().int().min(0).max(999).optional(),
    }),
  ),
  'config.hall': command<HallSettingsView>()(['admin'], z.strictObject({})),
  /** Changes what is given, keeps the rest. */
  'config.saveHall': command<HallSettingsView>()(
    ['admin'],
    z.strictObject({
      hallName: hallFields.hallName.optional(),
      policyMode: hallFields.policyMode.optional(),
      maxWaitMinutes: hallFields.maxWaitMinutes.optional(),
      recentCalls: hallFields.recentCalls.optional(),
    }),
  ),
  /** Newest first; `before` pages back; filter by who or what. */
  'audit.list': command<AuditPage>()(
    ['admin'],
    z.strictObject({
      // Coerced: over HTTP they come as query strings.
      before: z.coerce.number().int().positive().optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
      userId: z.string().min(1).max(32).optional(),
      action: z.string().min(1).max(64).optional(),
    }),
  ),
} as const;
