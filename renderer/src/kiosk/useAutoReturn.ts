// A screen that goes home by itself after `seconds`, or on a tap, except for taps in its first moments
// (the end of a double tap on the service button, not a wish to leave).
import { useEffect, useRef, useState } from 'react';

const IGNORE_TAPS_MS = 1500;

export function useAutoReturn(seconds: number, onDone: () => void): { left: number; tap: () => void } {
  const [left, setLeft] = useState(seconds);
  const shownAt = useRef(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLeft((s) => s - 1), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left <= 0) onDone();
  }, [left, onDone]);
  const tap = () => {
    if (Date.now() - shownAt.current >= IGNORE_TAPS_MS) onDone();
  };
  return { left: Math.max(0, left), tap };
}
