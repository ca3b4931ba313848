// This window's detail (state, current ticket, queue, served today): fetched on (re)connection and
// after every `hall.changed` push, and on demand right after the clerk's own actions.
import { useLiveQuery } from '../shared/useLiveQuery';

export function useWindowDetail(windowNo: number) {
  const { value: detail, error, reload } = useLiveQuery('window.get', { window: windowNo }, 'hall.changed');
  return { detail, error, reload };
}
