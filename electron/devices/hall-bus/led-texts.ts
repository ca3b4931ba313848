// What the LED screens say, from the hall's public state: a window's screen shows the call (for
// callShowSeconds after it), then 正在办理 with the number, 暂停服务 while paused; the hall strip
// shows the latest calls. Templates come from the config, so a hall can word them its own way.
import type { CallView, HallView, WindowView } from '../../contract';
import type { BusTexts } from './config';

export function fill(template: string, values: { number?: string; window?: number; hall?: string }): string {
  return template.replace(/\{(number|window|hall)\}/g, (_, key: 'number' | 'window' | 'hall') => String(values[key] ?? ''));
}

/**
 * The window screen's text. `calling` says whether the current ticket's call is still fresh (the
 * caller keeps that time on its own clock: the hall's clock may be a test's manual one).
 */
export function windowScreenText(w: WindowView, texts: BusTexts, calling: boolean): string {
  if (w.status === 'closed') return fill(texts.closed, { window: w.number });
  if (w.status === 'paused') return fill(texts.paused, { window: w.number });
  const ticket = w.current;
  if (!ticket) return fill(texts.idle, { window: w.number });
  const values = { number: ticket.number, window: w.number };
  return fill(ticket.state === 'called' && calling ? texts.call : texts.serving, values);
}

export function callText(call: CallView, texts: BusTexts): string {
  return fill(texts.call, { number: call.number, window: call.windowNo });
}

export function hallScreenText(view: HallView, texts: BusTexts, calls: number): string {
  const latest = view.recentCalls.slice(0, calls);
  if (latest.length === 0) return fill(texts.hallIdle, { hall: view.hallName });
  return latest.map((c) => fill(texts.hallCall, { number: c.number, window: c.windowNo })).join(texts.hallSeparator);
}
