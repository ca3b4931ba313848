// The services with their live waiting counts and estimates. Fetched on (re)connection and, when
// `live`, again after every `hall.changed` push (the kiosk needs fresh estimates; the caller screen
// only needs the names and takes its counts from the hall view).
import { useCallback, useEffect, useState } from 'react';
import type { ServiceView } from '../../../electron/contract';
import { useConnection } from './useConnection';
import { useHall } from './hall-context';
import { useHallEvent } from './useHallEvent';

export function useServices(live: boolean): ServiceView[] | null {
  const hall = useHall();
  const connection = useConnection();
  const [services, setServices] = useState<ServiceView[] | null>(null);
  const load = useCallback(() => {
    void hall.send('services.list', {}).then((result) => {
      if (result.ok) setServices(result.value);
    });
  }, [hall]);
  useEffect(() => {
    if (connection === 'connected') load();
  }, [connection, load]);
  useHallEvent('hall.changed', () => {
    if (live) load();
  });
  return services;
}
