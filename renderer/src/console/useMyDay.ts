// The clerk's own day at this window (window.myDay): asked on (re)connection, after every hall.changed
// push (a finish at this window is one) and after every rating.prompt (a rating comes in after the
// finish), and on demand right after the clerk's own actions.
import type { ClerkDayView } from '../../../electron/contract';
import { useHallEvent } from '../shared/useHallEvent';
import { useLiveQuery } from '../shared/useLiveQuery';

export function useMyDay(windowNo: number): { myDay: ClerkDayView | null; reload: () => Promise<void> } {
  const { value, reload } = useLiveQuery('window.myDay', { window: windowNo }, 'hall.changed');
  useHallEvent('rating.prompt', (prompt) => {
    if (prompt.windowNo === windowNo) void reload();
  });
  return { myDay: value, reload };
}
