// The shape of one command in the contract: who may send it, its input schema, its result type.
import { z } from 'zod';
import type { ConflictReason } from './errors';
import type { Role } from './views';

/** Who may send a command. 'public' needs no session. Admin (the hall manager) may do everything. */
export type Access = 'public' | Role[];

export interface CommandSpec<I extends z.ZodType, O> {
  access: Access;
  input: I;
  /** The reason a refused role is given (e.g. rating without a rating device), so clients can say why. */
  refusal?: ConflictReason;
  /**
   * A long read (a report over months): the transports answer it through the hall's paced door, in
   * steps on a read snapshot of its own, so that the hall answers everyone else meanwhile.
   */
  paced?: true;
  /** Type-only marker for the result; never read at run time. */
  output?: O;
}

/** A business day `yyyy-MM-dd` that exists in the calendar (2026-99-99 and 2026-02-30 are refused). */
export const calendarDay = z.iso.date({ error: 'a calendar date yyyy-MM-dd' });

export function command<O>() {
  return <I extends z.ZodType>(access: Access, input: I, refusal?: ConflictReason): CommandSpec<I, O> =>
    refusal ? { access, input, refusal } : { access, input };
}

/** A command that is a long read (CommandSpec.paced): its handler reads in steps (core/steps.ts). */
export function pacedCommand<O>() {
  return <I extends z.ZodType>(access: Access, input: I): CommandSpec<I, O> & { paced: true } => ({ access, input, paced: true });
}
