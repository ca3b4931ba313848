// Device pairing: in a browser the kiosk logs in as the device user `kiosk` with the device PIN, once;
// the token then lives in localStorage. `?pin=` in the address pairs automatically (the demo prints
// such a URL) and is removed from the address bar right away. Inside the Electron app the kiosk window
// is the hall PC's own device and the main process gives it the kiosk session: it starts paired.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HallError } from '../../../electron/contract';
import { useConnection } from '../shared/useConnection';
import { useHall } from '../shared/hall-context';

const PAIRED_KEY = 'tongban.kiosk.paired';
export const KIOSK_USER = 'kiosk';

function takePinFromUrl(): string | null {
  const url = new URL(location.href);
  const pin = url.searchParams.get('pin');
  if (pin === null) return null;
  url.searchParams.delete('pin');
  history.replaceState(null, '', url.pathname + url.search + url.hash);
  return pin;
}

/** The preload bridge is there only in the app's own windows (see client/index.ts). */
const insideApp = 'tongban' in window;

/** Read once when the page loads (not in a render, which StrictMode may repeat). */
const pinFromUrl = takePinFromUrl();

export interface Pairing {
  paired: boolean;
  busy: boolean;
  /** The stored pairing stopped working (the hall refused the token). */
  expired: boolean;
  error: HallError | null;
  pair(pin: string): Promise<void>;
  unpair(): void;
}

export function usePairing(): Pairing {
  const hall = useHall();
  const connection = useConnection();
  const [paired, setPaired] = useState(() => insideApp || localStorage.getItem(PAIRED_KEY) === 'yes');
  const [urlPin, setUrlPin] = useState<string | null>(pinFromUrl);
  const [busy, setBusy] = useState(false);
  const [expired, setExpired] = useState(false);
  const [error, setError] = useState<HallError | null>(null);
  const started = useRef(false);

  const pair = useCallback(
    async (pin: string) => {
      setBusy(true);
      const result = await hall.send('auth.login', { user: KIOSK_USER, pin });
      setBusy(false);
      if (result.ok && result.value.role === 'kiosk') {
        localStorage.setItem(PAIRED_KEY, 'yes');
        setPaired(true);
        setExpired(false);
        setError(null);
      } else if (!result.ok) {
        setError(result.error);
      }
    },
    [hall],
  );

  useEffect(() => {
    if (connection !== 'connected' || urlPin === null || started.current) return;
    started.current = true;
    void pair(urlPin).finally(() => setUrlPin(null));
  }, [connection, urlPin, pair]);

  const unpair = useCallback(() => {
    localStorage.removeItem(PAIRED_KEY);
    setPaired(false);
    setExpired(true);
  }, []);

  return { paired: paired && urlPin === null, busy: busy || urlPin !== null, expired, error, pair, unpair };
}
