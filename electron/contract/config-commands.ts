// Commands of the manager's configuration (issue 11, part 1): the services and the hall's own settings,
// each change validated, applied live and audited; the audit trail. Manager (admin) only.
import { z } from 'zod';
import { command } from './command-spec';
import type { AuditPage, HallSettingsView, ItemConfigView, ServiceConfigView } from './config-views';
import { hallFields } from './fields';
import { queueMoveFields } from './queue-move-commands';

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
  'config.items': command<ItemConfigView[]>()(['admin'], z.strictObject({ serviceId: z.string().min(1).max(16).optional() })),
  /** Creates the item, or updates the one with this code; a deferred item names its promised working days. */
  'config.saveItem': command<ItemConfigView>()(
    ['admin'],
    z
      .strictObject({
        code: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, '1–32 letters, digits, _ or -'),
        serviceId: z.string().min(1).max(16),
        name: z.strictObject({ 'zh-CN': name(40), 'zh-TW': name(40), en: name(80) }),
        kind: z.enum(['immediate', 'deferred']),
        promisedDays: z.number().int().min(1).max(365).nullable().default(null),
        enabled: z.boolean().default(true),
      })
      .superRefine((item, check) => {
        if (item.kind === 'deferred' && item.promisedDays === null)
          check.addIssue({ code: 'custom', path: ['promisedDays'], message: 'a deferred item promises 1–365 working days' });
        if (item.kind === 'immediate' && item.promisedDays !== null)
          check.addIssue({ code: 'custom', path: ['promisedDays'], message: 'an immediate item promises no days' });
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
      priorityStreakMax: hallFields.priorityStreakMax.optional(),
      recentCalls: hallFields.recentCalls.optional(),
      ticketNotice: hallFields.ticketNotice.optional(),
      screenNotice: hallFields.screenNotice.optional(),
      kioskLanguages: hallFields.kioskLanguages.optional(),
      noShowUndoSeconds: queueMoveFields.noShowUndoSeconds.optional(),
      requeueOffset: queueMoveFields.requeueOffset.optional(),
      requeueLimit: queueMoveFields.requeueLimit.optional(),
      allowCallSpecific: queueMoveFields.allowCallSpecific.optional(),
      publicBaseUrl: hallFields.publicBaseUrl.optional(),
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
