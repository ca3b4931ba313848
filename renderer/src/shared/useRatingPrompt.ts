// The rating state of one window (awaiting which ticket, until when; the last one closed), kept live by
// `rating.prompt` pushes. Used by the window's pad and by the clerk's console.
import { useCallback, useEffect, useState } from 'react';
import type { HallError, RatingPrompt } from '../../../electron/contract';
import { useConnection } from './useConnection';
import { useHall } from './hall-context';
import { useHallEvent } from './useHallEvent';

export function useRatingPrompt(windowNo: number | null) {
  const hall = useHall();
  const connection = useConnection();
  const [prompt, setPrompt] = useState<RatingPrompt | null>(null);
  const [error, setError] = useState<HallError | null>(null);

  const reload = useCallback(async () => {
    if (windowNo === null) return;
    const result = await hall.send('ratings.prompt', { window: windowNo });
    if (result.ok) {
      setPrompt(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [hall, windowNo]);

  useEffect(() => {
    setPrompt(null);
    if (connection === 'connected') void reload();
  }, [connection, reload]);
  useHallEvent('rating.prompt', (pushed) => {
    if (pushed.windowNo === windowNo) setPrompt(pushed);
  });

  return { prompt, error, reload };
}

/** Whole seconds until an ISO deadline (never below 0), ticking once a second while there is one. */
export function useSecondsLeft(deadline: string | null): number {
  const left = useCallback(() => (deadline ? Math.max(0, Math.ceil((Date.parse(deadline) - Date.now()) / 1000)) : 0), [deadline]);
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (!deadline) return;
    const timer = setInterval(() => setSeconds(left()), 250);
    return () => clearInterval(timer);
  }, [deadline, left]);
  return seconds;
}
