// Per window, the hall's latest call and what the hall screens reported of its announcement, in memory
// only (a displayed status: a restart forgets it, and nothing about a ticket depends on it). A call no
// screen reports within UNHEARD_MS becomes `unheard` (no hall screen connected). A report counts only
// for the call the hall made (number and recall match, the ticket still called or served there) and
// only forward, so a stranger on the LAN can at most mislabel a live call's status, never a ticket.
import { HallFault, type AnnouncementProblem, type AnnouncementReport, type AnnouncementView, type CallView, type WindowView } from '../contract';
import type { Clock } from './clock';
import type { Timers } from './scheduler';

export const UNHEARD_MS = 5000;

export interface AnnouncementReportInput {
  window: number;
  number: string;
  recall: number;
  state: AnnouncementReport;
  problem?: Exclude<AnnouncementProblem, 'no_screen'>;
}

const rank: Record<AnnouncementView['state'], number> = { pending: 0, unheard: 0, queued: 1, announcing: 2, announced: 3, silent: 3, failed: 3, dropped: 3 };

export class AnnouncementBoard {
  private readonly latest = new Map<number, AnnouncementView>();
  private readonly unheardTimers = new Map<number, unknown>();

  constructor(
    private readonly clock: Clock,
    private readonly timers: Timers,
    private readonly windows: () => WindowView[],
    private readonly changed: (all: AnnouncementView[]) => void,
  ) {}

  list(): AnnouncementView[] {
    return [...this.latest.values()].sort((a, b) => a.windowNo - b.windowNo);
  }

  /** The hall made a call: it is pending until a screen reports it, unheard if none does in time. */
  called(call: CallView): void {
    this.timers.clear(this.unheardTimers.get(call.windowNo));
    this.latest.set(call.windowNo, {
      windowNo: call.windowNo,
      number: call.number,
      recall: call.recall,
      state: 'pending',
      problem: null,
      calledAt: call.at,
      at: call.at,
    });
    this.unheardTimers.set(
      call.windowNo,
      this.timers.set(() => {
        this.unheardTimers.delete(call.windowNo);
        const view = this.latest.get(call.windowNo);
        const stillPending = view?.state === 'pending' && view.number === call.number && view.recall === call.recall;
        if (stillPending && this.live(call.windowNo, call.number)) this.set({ ...view, state: 'unheard', problem: 'no_screen' });
      }, UNHEARD_MS),
    );
    this.changed(this.list());
  }

  report(input: AnnouncementReportInput): AnnouncementView {
    if (!this.windows().some((w) => w.number === input.window)) throw new HallFault('not_found', `no window ${input.window}`, 'window');
    const view = this.latest.get(input.window);
    if (!view || view.number !== input.number || view.recall !== input.recall || !this.live(input.window, input.number)) {
      throw new HallFault('conflict', `${input.number} (recall ${input.recall}) is not the current call at window ${input.window}`, 'number', 'call_outdated');
    }
    // Forward only; among the ends, `announced` (some screen was heard) overrides the others.
    const forward = rank[input.state] > rank[view.state] || (input.state === 'announced' && view.state !== 'announced');
    if (!forward) return view;
    const problem = input.state === 'silent' || input.state === 'failed' ? (input.problem ?? 'playback_failed') : null;
    return this.set({ ...view, state: input.state, problem });
  }

  /** Whether `number` is still called or being served at the window (a finished call is over). */
  private live(windowNo: number, number: string): boolean {
    const current = this.windows().find((w) => w.number === windowNo)?.current;
    return !!current && current.number === number && (current.state === 'called' || current.state === 'serving');
  }

  close(): void {
    for (const handle of this.unheardTimers.values()) this.timers.clear(handle);
    this.unheardTimers.clear();
  }

  private set(view: AnnouncementView): AnnouncementView {
    const next = { ...view, at: new Date(this.clock.now()).toISOString() };
    this.latest.set(view.windowNo, next);
    this.changed(this.list());
    return next;
  }
}
