// Pairs this pad: with the one-time code the manager shows on the admin page (`devices.pair`), or in
// the demo hall by logging in as the window's pad user (`pad-<window>`) with the device PIN, once.
// `?pair=CODE` (the admin page's QR code) and the demo's `?window=3&pin=…` pair at once and the secret
// leaves the address bar right away. The window comes from the hall's answer (a pad is bound to one
// window there), never from the address alone.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HallError, Result, Session } from '../../../electron/contract';
import { useConnection } from '../shared/useConnection';
import { useHall } from '../shared/hall-context';

const WINDOW_KEY = 'tongban.pad.window';

function fromUrl(): { window: number | null; pin: string | null; code: string | null } {
  const url = new URL(location.href);
  const pin = url.searchParams.get('pin');
  const code = url.searchParams.get('pair');
  if (pin !== null || code !== null) {
    url.searchParams.delete('pin');
    url.searchParams.delete('pair');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const n = Number(url.searchParams.get('window'));
  return { window: Number.isInteger(n) && n > 0 ? n : null, pin, code };
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
  /** A refused device PIN (demo) and a refused pairing code, each shown by its own form. */
  error: HallError | null;
  codeError: HallError | null;
  pair(windowNo: number, pin: string): Promise<void>;
  pairCode(code: string): Promise<void>;
  unpair(): void;
}

export function usePadPairing(): PadPairing {
  const hall = useHall();
  const connection = useConnection();
  const [windowNo, setWindowNo] = useState<number | null>(() => {
    const stored = storedWindow();
    return stored !== null && (start.window === null || start.window === stored) ? stored : null;
  });
  const [busy, setBusy] = useState((start.pin !== null && start.window !== null) || start.code !== null);
  const [expired, setExpired] = useState(false);
  const [error, setError] = useState<HallError | null>(null);
  const [codeError, setCodeError] = useState<HallError | null>(null);
  const started = useRef(false);

  const settle = useCallback(
    async (login: Result<Session>, refused: (e: HallError) => void) => {
      // The hall says which window this pad stands at; a session that is not a pad's is undone.
      const prompt = login.ok && login.value.role === 'pad' ? await hall.send('ratings.prompt', {}) : null;
      setBusy(false);
      if (prompt?.ok) {
        localStorage.setItem(WINDOW_KEY, String(prompt.value.windowNo));
        setWindowNo(prompt.value.windowNo);
        setExpired(false);
        setError(null);
        setCodeError(null);
        return;
      }
      if (login.ok) await hall.send('auth.logout', {});
      refused(!login.ok ? login.error : prompt && !prompt.ok ? prompt.error : { code: 'forbidden', message: 'not a pad' });
    },
    [hall],
  );

  const pair = useCallback(
    async (n: number, pin: string) => {
      setBusy(true);
      await settle(await hall.send('auth.login', { user: `pad-${n}`, pin }), setError);
    },
    [hall, settle],
  );

  const pairCode = useCallback(
    async (code: string) => {
      setBusy(true);
      await settle(await hall.send('devices.pair', { code }), setCodeError);
    },
    [hall, settle],
  );

  useEffect(() => {
    if (connection !== 'connected' || started.current) return;
    if (start.code !== null) {
      started.current = true;
      void pairCode(start.code);
    } else if (start.pin !== null && start.window !== null) {
      started.current = true;
      void pair(start.window, start.pin);
    }
  }, [connection, pair, pairCode]);

  const unpair = useCallback(() => {
    localStorage.removeItem(WINDOW_KEY);
    setWindowNo(null);
    setExpired(true);
  }, []);

  return { windowNo, suggested: windowNo ?? start.window ?? storedWindow(), busy, expired, error, codeError, pair, pairCode, unpair };
}
