// A fixed-length code typed on a big on-screen keypad (and on a physical keyboard where there is one):
// the pairing code on a new kiosk or pad, the pickup code at the kiosk. One set of key rules for both:
// digits up to the length, 'clear' starts again, 'back' drops one, 'ok' submits a whole code.
import { useCallback, useEffect } from 'react';

/** The keypad's keys in their grid order (1–9, then clear, 0, back). */
export const DIGIT_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'] as const;

interface DigitEntry {
  digits: string;
  setDigits: (digits: string) => void;
  length: number;
  busy: boolean;
  onSubmit: (code: string) => void;
}

/** Returns `press(key)` for the on-screen keys; also listens to the keyboard (never inside an input field). */
export function useDigitEntry({ digits, setDigits, length, busy, onSubmit }: DigitEntry): (key: string) => void {
  const press = useCallback(
    (key: string) => {
      if (busy) return;
      if (key === 'clear') setDigits('');
      else if (key === 'back') setDigits(digits.slice(0, -1));
      else if (key === 'ok') {
        if (digits.length === length) onSubmit(digits);
      } else if (/^\d$/.test(key) && digits.length < length) setDigits(digits + key);
    },
    [busy, digits, setDigits, length, onSubmit],
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.target as HTMLElement | null)?.tagName === 'INPUT') return; // a field of its own (the demo's PIN)
      if (/^\d$/.test(event.key)) press(event.key);
      else if (event.key === 'Backspace') press('back');
      else if (event.key === 'Enter') press('ok');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [press]);
  return press;
}
