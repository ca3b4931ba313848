// Subscribe to one pushed hall event for the life of a component; the latest handler is always used.
import { useEffect, useRef } from 'react';
import type { EventName, HallEvents } from '../../../electron/contract';
import { useHall } from './hall-context';

export function useHallEvent<K extends EventName>(name: K, handler: (data: HallEvents[K]) => void): void {
  const hall = useHall();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const off = hall.on(name, (data) => latest.current(data));
    return () => {
      off();
    };
  }, [hall, name]);
}
