// The manager's session for this tab, and the console's command runner (one command at a time, every
// failure a visible notice, an expired session back to the login).
import { useCallback, useState } from 'react';
import { useRunner } from '../console/useRunner';

const WHO_KEY = 'tongban.admin.who';

export function useAdmin() {
  const [who, setWhoState] = useState<string | null>(() => sessionStorage.getItem(WHO_KEY));
  const setWho = useCallback((name: string | null) => {
    if (name) sessionStorage.setItem(WHO_KEY, name);
    else sessionStorage.removeItem(WHO_KEY);
    setWhoState(name);
  }, []);
  const expired = useCallback(() => setWho(null), [setWho]);
  return { who, setWho, ...useRunner(expired) };
}

export type Admin = ReturnType<typeof useAdmin>;
