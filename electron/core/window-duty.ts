// A clerk's duty at a window: signing in and out, pausing and resuming. The rules of who holds a
// window; the queue of tickets is the engine's (engine.ts), which builds this with its parts.
import { HallFault, type PauseReason, type WindowView } from '../contract';
import type { Actor, EngineParts } from './engine-parts';
import { signOutByManager, type ManagerSignOut, type ManagerSignOutRequest } from './window-release';

export class WindowDuty {
  constructor(private readonly e: EngineParts) {}

  signIn(windowNo: number, actor: Actor): WindowView {
    this.e.rollover();
    const w = this.e.rows.window(windowNo);
    if (w.enabled === 0) throw new HallFault('not_found', `window ${windowNo} is retired`, 'window');
    if (w.clerk_id !== null && w.clerk_id !== actor.user) {
      throw new HallFault('conflict', `window ${windowNo} is staffed by ${w.clerk_id}; they must sign out first`, undefined, 'window_staffed');
    }
    if (w.clerk_id === actor.user) return this.e.config.windowView(w.number);
    const now = this.e.clock.now();
    this.e.tx(() => {
      // A clerk works one window at a time: signing in here signs them out where they were.
      const elsewhere = this.e.sql('SELECT number FROM windows WHERE clerk_id = ?').all(actor.user) as { number: number }[];
      for (const other of elsewhere) this.e.rows.leaveWindow(this.e.rows.window(other.number), actor.user, now);
      this.e.sql('INSERT INTO duty (user_id, window_no, business_day, signed_in_at) VALUES (?, ?, ?, ?)').run(actor.user, windowNo, this.e.day(), now);
      this.e.rows.setWindow({ ...w, status: 'open', pause_reason: null, clerk_id: actor.user });
      this.e.rows.event('window.signed_in', null, windowNo, actor.user, {});
    });
    this.e.changed();
    return this.e.config.windowView(windowNo);
  }

  signOut(windowNo: number, actor: Actor): WindowView {
    const w = this.e.staffedWindow(windowNo, actor);
    this.e.tx(() => this.e.rows.leaveWindow(w, actor.user, this.e.clock.now()));
    this.e.changed();
    return this.e.config.windowView(windowNo);
  }

  /** The manager signs the clerk out (live.signOut); a current ticket goes back to the head of its queue (window-release.ts). */
  signOutByManager(req: ManagerSignOutRequest, actor: Actor, inside: (done: ManagerSignOut) => void): ManagerSignOut {
    return signOutByManager(this.e, req, actor, inside);
  }

  pause(windowNo: number, actor: Actor, reason: PauseReason): WindowView {
    const w = this.e.staffedWindow(windowNo, actor);
    if (w.current_ticket_id !== null) throw new HallFault('conflict', 'finish the current ticket before pausing', undefined, 'ticket_current');
    if (w.status === 'paused') return this.e.config.windowView(windowNo);
    this.e.tx(() => {
      this.e.rows.setWindow({ ...w, status: 'paused', pause_reason: reason });
      this.e.rows.event('window.paused', null, windowNo, actor.user, { reason });
    });
    this.e.changed();
    return this.e.config.windowView(windowNo);
  }

  resume(windowNo: number, actor: Actor): WindowView {
    const w = this.e.staffedWindow(windowNo, actor);
    if (w.status !== 'paused') return this.e.config.windowView(windowNo);
    this.e.tx(() => {
      this.e.rows.setWindow({ ...w, status: 'open', pause_reason: null });
      this.e.rows.event('window.resumed', null, windowNo, actor.user, {});
    });
    this.e.changed();
    return this.e.config.windowView(windowNo);
  }
}
