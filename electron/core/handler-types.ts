// The shape of the handler map (one function per command of the contract) and what a handler is
// given. Apart from the composition (hall.ts joins the maps) so that each capability's handlers can
// be typed without importing what joins them (no cycle).
import { HallFault, type CommandName, type Output, type PacedCommandName, type ParsedInput, type Session } from '../contract';
import type { Db } from './db';
import type { Actor } from './engine-parts';
import type { Principal } from './principal';
import type { Steps } from './steps';

export interface HandlerContext {
  /** Who sent the command; null for a public command sent without logging in. */
  principal: Principal | null;
  /** Who the command is done as: the sender, or for a desk keypad the clerk signed in at its window. */
  actor: Actor | null;
}

/** What a long read's handler is given too: the connection it reads through. */
export interface PacedContext extends HandlerContext {
  /**
   * The hall's own connection when run straight through (in process, one turn of the event loop); a
   * read-only snapshot of its own when paced (the hall's connection stays free for writes meanwhile).
   */
  reader: Db;
}

/** A command's handler: a long read (pacedCommand) returns its steps (core/steps.ts), any other its answer. */
export type Handlers = {
  [K in CommandName]: K extends PacedCommandName
    ? (input: ParsedInput<K>, ctx: PacedContext) => Steps<Output<K>>
    : (input: ParsedInput<K>, ctx: HandlerContext) => Output<K>;
};

export function actorOf(ctx: HandlerContext): Actor {
  // The dispatcher has already checked access; a handler without an actor is a programming error.
  if (!ctx.actor) throw new HallFault('unauthenticated', 'log in first');
  return ctx.actor;
}

/** The token-holder's session (auth.logout revokes its token); null for in-process devices. */
export function sessionOf(ctx: HandlerContext): Session | null {
  return ctx.principal?.kind === 'session' ? ctx.principal.session : null;
}
