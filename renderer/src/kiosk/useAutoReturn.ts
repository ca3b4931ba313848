// A screen that goes home by itself after `seconds`, or on a tap, except for taps in its first moments
// (the end of a double tap on the service button, not a wish to leave). `takesTaps` says when taps
// count (the screen shows it as `data-taps`, which the browser tests wait for).
import { useEffect, useState } from 'react';

const IGNORE_TAPS_MS = 1500;

export function useAutoReturn(seconds: number, onDone: () => void): { left: number; tap: () => void; takesTaps: boolean } {
  const [left, setLeft] = useState(seconds);
  const [takesTaps, setTakesTaps] = useState(false);
  useEffect(() => {
    const timer = setInterval(() => setLeft((s) => s - 1), 1000);
    const guard = setTimeout(() => setTakesTaps(true), IGNORE_TAPS_MS);
    return () => {
      clearInterval(timer);
      clearTimeout(guard);
    };
  }, []);
  useEffect(() => {
    if (left <= 0) onDone();
  }, [left, onDone]);
  const tap = () => {
    if (takesTaps) onDone();
  };
  return { left: Math.max(0, left), tap, takesTaps };
}
