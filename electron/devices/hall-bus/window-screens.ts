// Drives the LED screens from the hall's events: a call goes to its window's screen at once (from
// ticket.called, before the hall.changed that follows), hall.changed re-derives every screen (so a
// screen always converges on the hall's current state), and a timer turns a call that has been up
// for callShowSeconds into 正在办理.
import type { CallView, HallEvent, HallView } from '../../contract';
import type { LedBus } from '../../../native/led/led-bus';
import type { BusConfig } from './config';
import { callText, hallScreenText, windowScreenText } from './led-texts';

export interface ScreenRef {
  bus: LedBus;
  id: string;
}

export class WindowScreens {
  /** Calls still fresh, by window: the number and the timer that ends its call text. */
  private readonly calls = new Map<number, { number: string; timer: NodeJS.Timeout }>();
  private view: HallView | null = null;

  constructor(
    private windows: Map<number, ScreenRef[]>,
    private readonly hallScreens: (ScreenRef & { calls: number })[],
    private readonly config: BusConfig,
  ) {}

  onEvent(event: HallEvent): void {
    if (event.name === 'ticket.called') this.called(event.data);
    else if (event.name === 'hall.changed') this.render(event.data);
  }

  render(view: HallView): void {
    this.view = view;
    for (const w of view.windows) {
      const calling = this.calls.get(w.number)?.number === w.current?.number;
      this.show(w.number, windowScreenText(w, this.config.texts, calling));
    }
    for (const screen of this.hallScreens) screen.bus.show(screen.id, hallScreenText(view, this.config.texts, screen.calls));
  }

  /** The windows' screens anew (their saved addresses changed): the next text goes where they are now. */
  remap(windows: Map<number, ScreenRef[]>): void {
    this.windows = windows;
  }

  close(): void {
    for (const call of this.calls.values()) clearTimeout(call.timer);
    this.calls.clear();
  }

  private called(call: CallView): void {
    const previous = this.calls.get(call.windowNo);
    if (previous) clearTimeout(previous.timer);
    const timer = setTimeout(() => {
      this.calls.delete(call.windowNo);
      if (this.view) this.render(this.view);
    }, this.config.callShowSeconds * 1000);
    timer.unref();
    this.calls.set(call.windowNo, { number: call.number, timer });
    // A recall shows the same text: send it again anyway, the screen restarts it (and scrolls it anew).
    this.show(call.windowNo, callText(call, this.config.texts), call.recall > 0);
  }

  private show(windowNo: number, text: string, force = false): void {
    for (const screen of this.windows.get(windowNo) ?? []) screen.bus.show(screen.id, text, force);
  }
}
