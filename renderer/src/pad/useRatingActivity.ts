// The resident is using the pad: tell the hall (ratings.activity), so that the rating's deadline moves
// with them and the clerk's next call waits (core/rating-wait.ts). Touches and typing on the levels and
// reasons screens call `touched`; at most one message per ticket every PING_MS (measured on Date.now(),
// no timer: a resident who stops touching sends nothing, and the hall's timeout then runs).
import { useCallback, useRef } from 'react';
import { useHall } from '../shared/hall-context';

export const PING_MS = 5000;

export function useRatingActivity(ticketId: number | null): () => void {
  const hall = useHall();
  const last = useRef<{ ticketId: number; at: number } | null>(null);
  return useCallback(() => {
    if (ticketId === null) return;
    const now = Date.now();
    const before = last.current;
    if (before && before.ticketId === ticketId && now - before.at < PING_MS) return;
    last.current = { ticketId, at: now };
    // The answer is the prompt, which also arrives pushed; a failure only means this touch did not count.
    void hall.send('ratings.activity', {});
  }, [hall, ticketId]);
}
