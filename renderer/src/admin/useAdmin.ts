// The manager's session for this tab, and commands run with every failure kept as a visible notice.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandName, Input, Output, Result } from '../../../electron/contract';
import { errorText } from '../shared/errors';
import { useHall } from '../shared/hall-context';

const WHO_KEY = 'tongban.admin.who';

export interface AdminNotice {
  kind: 'ok' | 'error';
  text: string;
}

export function useAdmin() {
  const hall = useHall();
  const { t } = useTranslation();
  const [who, setWhoState] = useState<string | null>(() => sessionStorage.getItem(WHO_KEY));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<AdminNotice | null>(null);

  const setWho = useCallback((name: string | null) => {
    if (name) sessionStorage.setItem(WHO_KEY, name);
    else sessionStorage.removeItem(WHO_KEY);
    setWhoState(name);
  }, []);

  const run = useCallback(
    async <K extends CommandName>(name: K, input: Input<K>): Promise<Result<Output<K>>> => {
      setBusy(true);
      const result = await hall.send(name, input);
      setBusy(false);
      if (!result.ok) {
        setNotice({ kind: 'error', text: errorText(t, result.error) });
        if (result.error.code === 'unauthenticated') setWho(null);
      }
      return result;
    },
    [hall, t, setWho],
  );

  return { who, setWho, busy, notice, setNotice, run };
}

export type Admin = ReturnType<typeof useAdmin>;
