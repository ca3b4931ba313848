// Who is logged in at this console and at which window, kept for the life of the tab so a reload
// (F5) comes back to the same screen. The token itself is kept by the client transport.
import { useCallback, useState } from 'react';

export interface Clerk {
  user: string;
  name: string;
}

const WHO_KEY = 'tongban.console.who';
const WINDOW_KEY = 'tongban.console.window';

function readWho(): Clerk | null {
  try {
    const raw = sessionStorage.getItem(WHO_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<Clerk>) : null;
    return parsed && typeof parsed.user === 'string' && typeof parsed.name === 'string' ? { user: parsed.user, name: parsed.name } : null;
  } catch {
    return null;
  }
}

function readWindow(): number | null {
  const n = Number(sessionStorage.getItem(WINDOW_KEY));
  return Number.isInteger(n) && n > 0 ? n : null;
}

export function useConsoleSession() {
  const [who, setWhoState] = useState<Clerk | null>(readWho);
  const [windowNo, setWindowState] = useState<number | null>(() => (readWho() ? readWindow() : null));

  const setWho = useCallback((next: Clerk | null) => {
    if (next) sessionStorage.setItem(WHO_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(WHO_KEY);
    setWhoState(next);
  }, []);

  const setWindowNo = useCallback((next: number | null) => {
    if (next) sessionStorage.setItem(WINDOW_KEY, String(next));
    else sessionStorage.removeItem(WINDOW_KEY);
    setWindowState(next);
  }, []);

  const reset = useCallback(() => {
    setWindowNo(null);
    setWho(null);
  }, [setWho, setWindowNo]);

  return { who, setWho, windowNo, setWindowNo, reset };
}
