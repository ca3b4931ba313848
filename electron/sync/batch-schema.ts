// The day batch: what a hall sends upstream for one closed business day. Versioned; field names follow
// the national 好差评 interfaces (pf channel, satisfaction 1–5, reason codes, item code, assess time
// `yyyy-MM-dd HH:mm:ss`). Shared by the hall's builder and the reference receiver; docs/sync-batch.schema.json
// is generated from it (`npm run schema:sync`, checked by a test).
import { z } from 'zod';
import { priorityClasses, ticketStates } from '../contract';

/** Hall-local wall time, as the 好差评 interfaces expect. */
export const localTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, 'yyyy-MM-dd HH:mm:ss')
  .describe('hall-local time, yyyy-MM-dd HH:mm:ss');
export const businessDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-MM-dd');

export const batchTicket = z.strictObject({
  ticketId: z.number().int().positive(),
  ticketNo: z.string().min(1).max(8).describe('the number on the ticket, e.g. A001'),
  serviceId: z.string().min(1),
  priority: z.enum(priorityClasses),
  state: z.enum(ticketStates),
  issueTime: localTime,
  callTime: localTime.nullable(),
  startTime: localTime.nullable(),
  finishTime: localTime.nullable(),
  windowNo: z.number().int().nullable(),
  /** The clerk's 工号. */
  clerkNo: z.string().nullable().describe('the clerk’s 工号'),
  itemCode: z.string().nullable().describe('the catalogue item (事项) code'),
  outcome: z.string().nullable(),
  recalls: z.number().int().min(0),
  transferredFromId: z.number().int().nullable(),
  /** A ticket issued by an appointment check-in; the resident's name and phone only if the hall sends them. */
  appointment: z
    .strictObject({
      code: z.string().describe('the booking code'),
      slotStart: localTime,
      slotEnd: localTime,
      kept: z.boolean().describe('false: the slot was missed, the ticket is a normal one'),
      residentName: z.string().nullable().optional().describe('only when the hall sends appointment personal data'),
      residentPhone: z.string().nullable().optional().describe('only when the hall sends appointment personal data'),
    })
    .optional(),
});

export const batchRating = z.strictObject({
  ticketId: z.number().int().positive(),
  ticketNo: z.string().min(1),
  serviceId: z.string().min(1),
  itemCode: z.string().nullable(),
  windowNo: z.number().int(),
  clerkNo: z.string().nullable(),
  /** Channel: 4 = evaluation pad, 5 = other hall terminal (keypad evaluator). */
  pf: z.union([z.literal(4), z.literal(5)]).describe('channel: 4 evaluation pad, 5 other hall terminal (keypad evaluator)'),
  /** 5 非常满意 … 1 非常不满意; null when not rated in time. */
  satisfaction: z.number().int().min(1).max(5).nullable().describe('5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意; null: not rated'),
  reasonCodes: z.array(z.string()).describe('差评 reason codes (service efficiency, level, attitude and their finer reasons)'),
  text: z.string().nullable(),
  assessTime: localTime,
  underReview: z.boolean(),
});

export const batchFollowUpStep = z.strictObject({
  caseId: z.number().int().positive(),
  ticketNo: z.string(),
  step: z.string(),
  by: z.string(),
  time: localTime,
  note: z.string(),
});

export const batchDuty = z.strictObject({
  clerkNo: z.string(),
  windowNo: z.number().int(),
  signIn: localTime,
  signOut: localTime.nullable(),
});

/** A manager's change to the hall's configuration (the audit trail), as it was recorded that day. */
export const batchAudit = z.strictObject({
  auditId: z.number().int().positive(),
  time: localTime,
  by: z.string().describe("the manager's user id"),
  action: z.string().describe('e.g. service.created, item.updated, hall.updated, hall.setUp'),
  target: z.string().nullable(),
  before: z.unknown().describe('the configuration entry before the change (JSON), null when created'),
  after: z.unknown().describe('the configuration entry after the change (JSON)'),
});

export const dayBatch = z.strictObject({
  schema: z.literal('tongban.day-batch'),
  /** 2 adds the audit trail; a version 1 batch (no audit) still reads, its audit empty. */
  version: z.union([z.literal(1), z.literal(2)]),
  hallId: z.string().min(1).max(64),
  businessDay,
  /** Large days come in chunks; the receiver reassembles them. */
  chunk: z.strictObject({ index: z.number().int().min(0), count: z.number().int().min(1) }),
  /** Whole-day record counts, so the receiver can tell a complete day from a partial one. */
  totals: z.strictObject({
    tickets: z.number().int().min(0),
    ratings: z.number().int().min(0),
    followUpSteps: z.number().int().min(0),
    duty: z.number().int().min(0),
    audit: z.number().int().min(0).default(0),
  }),
  tickets: z.array(batchTicket),
  ratings: z.array(batchRating),
  followUpSteps: z.array(batchFollowUpStep),
  duty: z.array(batchDuty),
  audit: z.array(batchAudit).default([]),
});

export type DayBatch = z.infer<typeof dayBatch>;
export type BatchTicket = z.infer<typeof batchTicket>;
export type BatchRating = z.infer<typeof batchRating>;
export type BatchFollowUpStep = z.infer<typeof batchFollowUpStep>;
export type BatchDuty = z.infer<typeof batchDuty>;
export type BatchAudit = z.infer<typeof batchAudit>;
