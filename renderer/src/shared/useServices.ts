// The services with their live waiting counts and estimates. Fetched on (re)connection and, when
// `live`, again after every `hall.changed` push (the kiosk needs fresh estimates; the caller screen
// only needs the names and takes its counts from the hall view).
import type { ServiceView } from '../../../electron/contract';
import { useLiveQuery } from './useLiveQuery';

export function useServices(live: boolean): ServiceView[] | null {
  return useLiveQuery('services.list', {}, live ? 'hall.changed' : null).value;
}
