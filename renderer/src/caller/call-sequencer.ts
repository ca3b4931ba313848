// Gives each queued call its turn: the big panel shows it and the announcer speaks it, and the next call
// waits until both the announcement has ended and the call has been on screen for `minShowMs` (a few
// seconds even when it is silent), never longer than `maxSlotMs` (an announcement that never ends is
// stopped). Timers and the announcer are injected, so tests run it on fake timers. Everything it does
// is written to its log, in order, for the screen's event log and for the report to the hall.
import type { CallView, HallView } from '../../../electron/contract';
import type { AnnounceOutcome, Announcer, Timers } from './announcer';
import { CallQueue, type DropReason } from './call-queue';

type LogBody = { kind: 'queued' | 'merged' | 'start' } | { kind: 'end'; outcome: AnnounceOutcome } | { kind: 'dropped'; reason: DropReason };
export type LogEntry = { seq: number; number: string; windowNo: number; recall: number } & LogBody;

/** What the big panel shows: the call of the turn running (`turn` counts turns, for the flash) or the last one shown. */
export interface PanelState {
  call: CallView | null;
  turn: number;
  active: boolean;
}

export interface SequencerOptions {
  announcer: Announcer;
  timers: Timers;
  onPanel(panel: PanelState): void;
  onLog(entry: LogEntry): void;
  minShowMs?: number;
  maxSlotMs?: number;
}

export class CallSequencer {
  private readonly queue = new CallQueue();
  private panel: PanelState = { call: null, turn: 0, active: false };
  private seq = 0;
  private running: { cancel(): void; timers: unknown[] } | null = null;
  private closed = false;

  constructor(private readonly options: SequencerOptions) {}

  called(call: CallView): void {
    if (this.closed) return;
    const kind = this.queue.called(call);
    this.log(call, { kind });
    this.next();
  }

  viewed(view: HallView): void {
    if (this.closed) return;
    const { newDay, dropped } = this.queue.viewed(view);
    for (const d of dropped) this.log(d.call, { kind: 'dropped', reason: d.reason });
    if (!newDay) return;
    // A new business day: yesterday's calls leave the screen, even one still being said.
    if (this.running) {
      const call = this.panel.call!;
      this.stopTurn();
      this.log(call, { kind: 'dropped', reason: 'new_day' });
    }
    if (this.panel.call) this.show({ call: null, turn: this.panel.turn, active: false });
  }

  /**
   * The link to the hall is back (a hall server restart, say): the panel forgets the call it last
   * showed, so the screen is redrawn from the fresh hall view; a turn still running goes on.
   */
  reconnected(): void {
    if (!this.running && this.panel.call) this.show({ call: null, turn: this.panel.turn, active: false });
  }

  close(): void {
    this.closed = true;
    this.stopTurn();
  }

  /** The calls still waiting for their turn, first first. */
  waiting(): readonly CallView[] {
    return this.queue.list();
  }

  private next(): void {
    if (this.running || this.closed) return;
    const { call, dropped } = this.queue.take();
    for (const d of dropped) this.log(d.call, { kind: 'dropped', reason: d.reason });
    if (!call) {
      if (this.panel.active) this.show({ ...this.panel, active: false });
      return;
    }
    const shown: CallView = { number: call.number, windowNo: call.windowNo, at: call.at, recall: call.recall };
    this.show({ call: shown, turn: this.panel.turn + 1, active: true });
    this.log(shown, { kind: 'start' });
    const { timers, minShowMs = 5000, maxSlotMs = 30_000 } = this.options;
    const announcement = this.options.announcer.announce(shown);
    let outcome: AnnounceOutcome | null = null;
    let shownLongEnough = false;
    const end = () => {
      if (!outcome || !shownLongEnough || this.running !== turn) return;
      this.stopTurn();
      this.log(shown, { kind: 'end', outcome });
      this.next();
    };
    const turn = {
      cancel: () => announcement.cancel(),
      timers: [
        timers.set(() => ((shownLongEnough = true), end()), minShowMs),
        timers.set(() => {
          outcome ??= { state: 'failed', problem: 'playback_failed' };
          shownLongEnough = true;
          announcement.cancel();
          end();
        }, maxSlotMs),
      ],
    };
    this.running = turn;
    void announcement.done.then(
      (o) => ((outcome ??= o), end()),
      () => ((outcome ??= { state: 'failed', problem: 'playback_failed' }), end()),
    );
  }

  private stopTurn(): void {
    const turn = this.running;
    if (!turn) return;
    this.running = null;
    for (const handle of turn.timers) this.options.timers.clear(handle);
    turn.cancel();
  }

  private show(panel: PanelState): void {
    this.panel = panel;
    this.options.onPanel(panel);
  }

  private log(call: CallView, body: LogBody): void {
    this.options.onLog({ seq: ++this.seq, number: call.number, windowNo: call.windowNo, recall: call.recall, ...body });
  }
}
