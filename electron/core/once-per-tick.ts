// A push made once after the current tick however often it is asked for in it: a burst of changes is
// one push, and a push asked for while another event is being delivered goes out after it (never in
// the middle of it, which would reorder what the clients hear).
import type { HallContext } from './capability';

type PushContext = Pick<HallContext<never>, 'listening' | 'log'>;

/** `closed()` says the hall has been closed meanwhile (its database is gone): the push is skipped. */
export function oncePerTick(ctx: PushContext, name: string, push: () => void, closed: () => boolean): () => void {
  let pending = false;
  return () => {
    if (pending || !ctx.listening()) return;
    pending = true;
    setImmediate(() => {
      pending = false;
      if (closed() || !ctx.listening()) return;
      try {
        push();
      } catch (error) {
        ctx.log(`${name} failed`, error);
      }
    });
  };
}
