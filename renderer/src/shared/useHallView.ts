// The public state of the hall (windows, recent calls, waiting counts), kept live by `hall.changed`
// pushes (each carries the whole view). Fetched once per (re)connection; never polled.
import type { HallView } from '../../../electron/contract';
import { useLiveQuery } from './useLiveQuery';

const takePushedView = { name: 'hall.changed' as const, apply: (view: HallView) => view };

export function useHallView(): HallView | null {
  return useLiveQuery('hall.get', {}, takePushedView).value;
}
