// The shape of one command in the contract: who may send it, its input schema, its result type.
import type { z } from 'zod';
import type { Role } from './views';

/** Who may send a command. 'public' needs no session. Admin (the hall manager) may do everything. */
export type Access = 'public' | Role[];

export interface CommandSpec<I extends z.ZodType, O> {
  access: Access;
  input: I;
  /** Type-only marker for the result; never read at run time. */
  output?: O;
}

export function command<O>() {
  return <I extends z.ZodType>(access: Access, input: I): CommandSpec<I, O> => ({ access, input });
}
