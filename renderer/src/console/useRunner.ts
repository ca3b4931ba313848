// Runs hall commands for the console: one at a time, every failure kept as a visible notice (never
// swallowed), and an expired session sends the clerk back to the login screen. Notices keep a key
// and values (shared/notice-text.ts), so they follow a change of language.
import { useCallback, useState } from 'react';
import type { CommandName, Input, Output, Result } from '../../../electron/contract';
import { useHall } from '../shared/hall-context';
import type { Notice } from '../shared/notice-text';

export type { Notice } from '../shared/notice-text';

export function useRunner(onExpired: () => void) {
  const hall = useHall();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = useCallback(
    async <K extends CommandName>(name: K, input: Input<K>): Promise<Result<Output<K>>> => {
      setBusy(true);
      const result = await hall.send(name, input);
      setBusy(false);
      if (!result.ok) {
        setNotice({ kind: 'error', error: result.error });
        if (result.error.code === 'unauthenticated') onExpired();
      }
      return result;
    },
    [hall, onExpired],
  );

  return { run, busy, notice, setNotice };
}
