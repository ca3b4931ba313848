// The pad's screens, following the hall: a new rating request opens the levels; the end of the request
// shown (rated on the keypad, timed out, next ticket called) closes them; a 差评 asks for reasons
// before it is sent; after a rating, thanks for a few seconds, then the idle screen.
import { useCallback, useEffect, useState } from 'react';
import type { HallError, RatingPrompt, RatingReason } from '../../../electron/contract';
import { useHall } from '../shared/hall-context';
import { useVoice } from './useVoice';

export type Ask = NonNullable<RatingPrompt['awaiting']>;
export type Screen = { name: 'idle' } | { name: 'levels'; ask: Ask } | { name: 'reasons'; ask: Ask; level: 1 | 2 } | { name: 'thanks' };

const THANKS_MS = 5000;

function follow(current: Screen, prompt: RatingPrompt | null): Screen {
  const awaiting = prompt?.awaiting ?? null;
  const shown = current.name === 'levels' || current.name === 'reasons' ? current : null;
  if (awaiting) {
    // Asked again for the same ticket (a fresh deadline): stay where the resident is.
    if (shown && shown.ask.ticketId === awaiting.ticketId) return { ...shown, ask: awaiting };
    return { name: 'levels', ask: awaiting };
  }
  if (!shown) return current;
  const ratedElsewhere = prompt?.last?.ticketId === shown.ask.ticketId && prompt.last.status === 'rated';
  return ratedElsewhere ? { name: 'thanks' } : { name: 'idle' };
}

export function useRatingFlow(windowNo: number | null, prompt: RatingPrompt | null) {
  const hall = useHall();
  const speak = useVoice();
  const [screen, setScreen] = useState<Screen>({ name: 'idle' });
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<HallError | null>(null);

  useEffect(() => setScreen((current) => follow(current, prompt)), [prompt]);

  useEffect(() => {
    if (screen.name === 'levels') speak('prompt');
    if (screen.name === 'reasons') speak('reasons');
    if (screen.name === 'thanks') {
      speak('thanks');
      const timer = setTimeout(() => setScreen((s) => (s.name === 'thanks' ? { name: 'idle' } : s)), THANKS_MS);
      return () => clearTimeout(timer);
    }
  }, [screen.name, speak]);

  useEffect(() => {
    if (!error) return;
    const timer = setTimeout(() => setError(null), THANKS_MS);
    return () => clearTimeout(timer);
  }, [error]);

  const submit = useCallback(
    async (ask: Ask, level: 1 | 2 | 3 | 4 | 5, reasons: RatingReason[] = [], text = '') => {
      if (windowNo === null) return;
      setSending(true);
      const trimmed = text.trim();
      const result = await hall.send('ratings.submit', {
        window: windowNo,
        level,
        reasons,
        ticketId: ask.ticketId,
        ...(trimmed ? { text: trimmed } : {}),
      });
      setSending(false);
      if (result.ok) setScreen({ name: 'thanks' });
      else {
        setError(result.error);
        setScreen({ name: 'idle' });
      }
    },
    [hall, windowNo],
  );

  const choose = (level: 1 | 2 | 3 | 4 | 5) => {
    if (screen.name !== 'levels') return;
    if (level <= 2) setScreen({ name: 'reasons', ask: screen.ask, level: level as 1 | 2 });
    else void submit(screen.ask, level);
  };
  const back = () => setScreen((s) => (s.name === 'reasons' ? { name: 'levels', ask: s.ask } : s));

  return { screen, sending, error, choose, back, submit };
}
