// Function keys for the main actions (F1 call next …). Ignored while a dialog is open.
import { useEffect, useRef } from 'react';

export function useShortcuts(map: Record<string, () => void>, enabled: boolean): void {
  const latest = useRef(map);
  latest.current = map;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const action = latest.current[event.key];
      if (!action || event.repeat) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
