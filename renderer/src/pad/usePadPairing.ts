// Pairs this pad with its window: logs in as the window's pad user (`pad-<window>`) with the device
// PIN, once; `?window=3&pin=…` pairs at once and the PIN leaves the address bar right away. The
// window comes from the hall's answer (a pad is bound to one window there), never from the address alone.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HallError } from '../../../electron/contract';
import { useConnection } from '../shared/useConnection';
import { useHall } from '../shared/hall-context';

const WINDOW_KEY = 'tongban.pad.window';

function fromUrl(): { window: number | null; pin: string | null } {
  const url = new URL(location.href);
  const pin = url.searchParams.get('pin');
  if (pin !== null) {
    url.searchParams.delete('pin');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const n = Number(url.searchParams.get('window'));
  return { window: Number.isInteger(n) && n > 0 ? n : null, pin };
}

/** Read once when the page loads (not in a render, which StrictMode may repeat). */
const start = fromUrl();

function storedWindow(): number | null {
  const n = Number(localStorage.getItem(WINDOW_KEY));
  return Number.isInteger(n) && n > 0 ? n : null;
}

export interface PadPairing {
  /** The window this pad is paired with, or null while unpaired. */
  windowNo: number | null;
  /** The window to offer on the pairing screen. */
  suggested: number | null;
  busy: boolean;
  expired: boolean;
  error: HallError | null;
  pair(windowNo: number, pin: string): Promise<void>;
  unpair(): void;
}

export function usePadPairing(): PadPairing {
  const hall = useHall();
  const connection = useConnection();
  const [windowNo, setWindowNo] = useState<number | null>(() => {
    const stored = storedWindow();
    return stored !== null && (start.window === null || start.window === stored) ? stored : null;
  });
  const [busy, setBusy] = useState(start.pin !== null && start.window !== null);
  const [expired, setExpired] = useState(false);
  const [error, setError] = useState<HallError | null>(null);
  const started = useRef(false);

  const pair = useCallback(
    async (n: number, pin: string) => {
      setBusy(true);
      const login = await hall.send('auth.login', { user: `pad-${n}`, pin });
      // The hall says which window this pad stands at; a login that is not a pad is undone.
      const prompt = login.ok && login.value.role === 'pad' ? await hall.send('ratings.prompt', {}) : null;
      setBusy(false);
      if (prompt?.ok) {
        localStorage.setItem(WINDOW_KEY, String(prompt.value.windowNo));
        setWindowNo(prompt.value.windowNo);
        setExpired(false);
        setError(null);
        return;
      }
      if (login.ok) await hall.send('auth.logout', {});
      setError(!login.ok ? login.error : prompt && !prompt.ok ? prompt.error : { code: 'forbidden', message: 'not a pad' });
    },
    [hall],
  );

  useEffect(() => {
    if (connection !== 'connected' || started.current || start.pin === null || start.window === null) return;
    started.current = true;
    void pair(start.window, start.pin);
  }, [connection, pair]);

  const unpair = useCallback(() => {
    localStorage.removeItem(WINDOW_KEY);
    setWindowNo(null);
    setExpired(true);
  }, []);

  return { windowNo, suggested: windowNo ?? start.window ?? storedWindow(), busy, expired, error, pair, unpair };
}
