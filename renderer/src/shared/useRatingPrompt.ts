// The rating state of one window (awaiting which ticket, until when; the last one closed), kept live by
// `rating.prompt` pushes. Used by the window's pad and by the clerk's console.
import { useCallback, useEffect, useState } from 'react';
import type { RatingPrompt } from '../../../electron/contract';
import { useLiveQuery } from './useLiveQuery';
import { hallNow } from './hall-clock';

export function useRatingPrompt(windowNo: number | null) {
  const follow = { name: 'rating.prompt' as const, apply: (pushed: RatingPrompt) => (pushed.windowNo === windowNo ? pushed : undefined) };
  // Dropped while offline: a pad must not keep showing a prompt whose end it would not hear of.
  const { value: prompt, error, reload } = useLiveQuery('ratings.prompt', windowNo === null ? null : { window: windowNo }, follow, { dropWhenOffline: true });
  return { prompt, error, reload };
}

/** Whole seconds until an ISO deadline (never below 0), ticking once a second while there is one. */
export function useSecondsLeft(deadline: string | null): number {
  const left = useCallback(() => (deadline ? Math.max(0, Math.ceil((Date.parse(deadline) - hallNow()) / 1000)) : 0), [deadline]);
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (!deadline) return;
    const timer = setInterval(() => setSeconds(left()), 250);
    return () => clearInterval(timer);
  }, [deadline, left]);
  return seconds;
}
