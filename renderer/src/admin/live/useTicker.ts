// The hall's time, once a second: the live page's durations tick between pushes (a push carries the
// hall's `now`, learned as the hall clock's offset, so the screen counts on the hall's time, not the PC's).
import { useEffect, useState } from 'react';
import { hallNow, learnHallTime } from '../../shared/hall-clock';

export function useTicker(hallIso: string | null): number {
  const [now, setNow] = useState(hallNow);
  useEffect(() => {
    if (hallIso !== null) learnHallTime(hallIso);
    setNow(hallNow());
  }, [hallIso]);
  useEffect(() => {
    const timer = setInterval(() => setNow(hallNow()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
