// The public state of the hall (windows, recent calls, waiting counts), kept live by `hall.changed`
// pushes. Fetched once per (re)connection; never polled.
import { useEffect, useState } from 'react';
import type { HallView } from '../../../electron/contract';
import { useConnection } from './useConnection';
import { useHall } from './hall-context';
import { useHallEvent } from './useHallEvent';

export function useHallView(): HallView | null {
  const hall = useHall();
  const connection = useConnection();
  const [view, setView] = useState<HallView | null>(null);
  useHallEvent('hall.changed', setView);
  useEffect(() => {
    if (connection !== 'connected') return;
    let live = true;
    void hall.send('hall.get', {}).then((result) => {
      if (live && result.ok) setView(result.value);
    });
    return () => {
      live = false;
    };
  }, [hall, connection]);
  return view;
}
