// Runs hall commands for the console: one at a time, every failure kept as a visible notice (never
// swallowed), and an expired session sends the clerk back to the login screen.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandName, Input, Output, Result } from '../../../electron/contract';
import { errorWithDetail } from '../shared/errors';
import { useHall } from '../shared/hall-context';

export interface Notice {
  kind: 'ok' | 'info' | 'error';
  text: string;
  detail?: string;
  /** The refusal's reason, for a part of the console that explains it (e.g. RatingWait). */
  reason?: string;
}

export function useRunner(onExpired: () => void) {
  const hall = useHall();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = useCallback(
    async <K extends CommandName>(name: K, input: Input<K>): Promise<Result<Output<K>>> => {
      setBusy(true);
      const result = await hall.send(name, input);
      setBusy(false);
      if (!result.ok) {
        setNotice({ kind: 'error', ...errorWithDetail(t, result.error), reason: result.error.reason });
        if (result.error.code === 'unauthenticated') onExpired();
      }
      return result;
    },
    [hall, t, onExpired],
  );

  return { run, busy, notice, setNotice };
}
