// The queue moves started outside the action bar: undo a no-show, re-queue a no-show, resume one held
// ticket, call one ticket out of turn. Each ends in a notice kept as a key (it follows a change of
// language); the runner shows a refusal with its reason.
import { useCallback } from 'react';
import type { CallReason } from '../../../../electron/contract';
import type { NoticeValue } from '../../shared/notice-text';
import type { useRunner } from '../useRunner';

export function useMoveActions(window: number, runner: ReturnType<typeof useRunner>, reload: () => Promise<void>, closeDialog: () => void) {
  const { run, setNotice } = runner;
  const done = useCallback(
    async (key: string, values: Record<string, NoticeValue>) => {
      setNotice({ kind: 'ok', key: `queueMoves.done.${key}`, values });
      closeDialog();
      await reload();
    },
    [setNotice, closeDialog, reload],
  );

  const undoNoShow = useCallback(async () => {
    const r = await run('window.undoNoShow', { window });
    if (r.ok) await done('undoNoShow', { number: r.value.number });
    else await reload(); // e.g. its time ran out: the bar goes
  }, [run, window, done, reload]);

  const requeue = async (number: string): Promise<boolean> => {
    const r = await run('window.requeue', { window, number });
    if (r.ok) await done('requeue', { number: r.value.number, ahead: r.value.ahead });
    return r.ok;
  };

  const resumeHeld = async (ticketId: number) => {
    const r = await run('window.resumeHeld', { window, ticketId });
    if (r.ok) await done('resumeHeld', { number: r.value.number });
  };

  const callTicket = async (ticketId: number, reason: CallReason, note: string) => {
    const r = await run('window.callTicket', note ? { window, ticketId, reason, note } : { window, ticketId, reason });
    if (r.ok) await done('callTicket', { number: r.value.number });
  };

  return { undoNoShow, requeue, resumeHeld, callTicket };
}
