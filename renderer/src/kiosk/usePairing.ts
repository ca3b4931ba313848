// Device pairing: in a browser the kiosk pairs once with the one-time code the manager shows on the
// admin page (`devices.pair`); the demo hall also takes the device PIN of user `kiosk`. The token then
// lives in localStorage. `?pair=CODE` (the admin page's QR code) and the demo's `?pin=` pair at once and
// leave the address bar right away. Inside the Electron app the kiosk window is the hall PC's own device
// and the main process gives it the kiosk session: it starts paired.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HallError, Result, Session } from '../../../electron/contract';
import { useConnection } from '../shared/useConnection';
import { useHall } from '../shared/hall-context';

const PAIRED_KEY = 'tongban.kiosk.paired';
export const KIOSK_USER = 'kiosk';

/** Takes `?pair=` or `?pin=` out of the address (the secret must not stay in the bar or the history). */
function takeFromUrl(): { code: string } | { pin: string } | null {
  const url = new URL(location.href);
  const code = url.searchParams.get('pair');
  const pin = url.searchParams.get('pin');
  if (code === null && pin === null) return null;
  url.searchParams.delete('pair');
  url.searchParams.delete('pin');
  history.replaceState(null, '', url.pathname + url.search + url.hash);
  return code !== null ? { code } : { pin: pin! };
}

/** The preload bridge is there only in the app's own windows (see client/index.ts). */
const insideApp = 'tongban' in window;

/** Read once when the page loads (not in a render, which StrictMode may repeat). */
const fromUrl = takeFromUrl();

export interface Pairing {
  paired: boolean;
  busy: boolean;
  /** The stored pairing stopped working (the hall refused the token). */
  expired: boolean;
  /** A refused device PIN (demo) and a refused pairing code, each shown by its own form. */
  error: HallError | null;
  codeError: HallError | null;
  pair(pin: string): Promise<void>;
  pairCode(code: string): Promise<void>;
  unpair(): void;
}

export function usePairing(): Pairing {
  const hall = useHall();
  const connection = useConnection();
  const [paired, setPaired] = useState(() => insideApp || localStorage.getItem(PAIRED_KEY) === 'yes');
  const [pending, setPending] = useState(fromUrl);
  const [busy, setBusy] = useState(false);
  const [expired, setExpired] = useState(false);
  const [error, setError] = useState<HallError | null>(null);
  const [codeError, setCodeError] = useState<HallError | null>(null);
  const started = useRef(false);

  const settle = useCallback((result: Result<Session>, refused: (e: HallError) => void) => {
    if (result.ok && result.value.role === 'kiosk') {
      localStorage.setItem(PAIRED_KEY, 'yes');
      setPaired(true);
      setExpired(false);
      setError(null);
      setCodeError(null);
    } else if (!result.ok) {
      refused(result.error);
    }
  }, []);

  const pair = useCallback(
    async (pin: string) => {
      setBusy(true);
      const result = await hall.send('auth.login', { user: KIOSK_USER, pin });
      setBusy(false);
      settle(result, setError);
    },
    [hall, settle],
  );

  const pairCode = useCallback(
    async (code: string) => {
      setBusy(true);
      const result = await hall.send('devices.pair', { code });
      setBusy(false);
      settle(result, setCodeError);
    },
    [hall, settle],
  );

  useEffect(() => {
    if (connection !== 'connected' || pending === null || started.current) return;
    started.current = true;
    void ('code' in pending ? pairCode(pending.code) : pair(pending.pin)).finally(() => setPending(null));
  }, [connection, pending, pair, pairCode]);

  const unpair = useCallback(() => {
    localStorage.removeItem(PAIRED_KEY);
    setPaired(false);
    setExpired(true);
  }, []);

  return { paired: paired && pending === null, busy: busy || pending !== null, expired, error, codeError, pair, pairCode, unpair };
}
