// What each action button does: the simple ones send their command straight away, the others open
// a dialog first (no-show asks for a confirmation: F6 then Enter). Every result ends in a notice; the
// detail is reloaded right after.
import { useState } from 'react';
import type { Outcome, PauseReason, ServiceView, TicketView, WindowDetail } from '../../../electron/contract';
import type { NoticeValue } from '../shared/notice-text';
import type { TransferChoice } from './TransferDialog';
import type { ActionId } from './actions';
import type { useRunner } from './useRunner';

export type DialogId = 'finish' | 'transfer' | 'pause' | 'noShow' | 'callTicket' | null;

export function useWindowActions(
  windowNo: number,
  detail: WindowDetail | null,
  services: ServiceView[],
  runner: ReturnType<typeof useRunner>,
  reload: () => Promise<void>,
) {
  const [dialog, setDialog] = useState<DialogId>(null);
  const { run, setNotice } = runner;
  const window = windowNo;

  const done = async (key: string, values: Record<string, NoticeValue> = {}) => {
    setNotice({ kind: 'ok', key: `console.done.${key}`, values });
    setDialog(null);
    await reload();
  };
  const doneMove = async (key: string, values: Record<string, NoticeValue> = {}) => {
    setNotice({ kind: 'ok', key: `queueMoves.done.${key}`, values });
    setDialog(null);
    await reload();
  };
  const numberOf = (ticket: TicketView) => ({ number: ticket.number });

  const act = async (id: ActionId) => {
    switch (id) {
      case 'callNext': {
        const r = await run('window.callNext', { window });
        if (!r.ok) return;
        if (r.value.ticket) await done('callNext', numberOf(r.value.ticket));
        else {
          setNotice({ kind: 'info', key: 'console.nobodyWaiting' });
          await reload();
        }
        return;
      }
      case 'recall': {
        const r = await run('window.recall', { window });
        if (r.ok) await done('recall', numberOf(r.value));
        return;
      }
      case 'start': {
        const r = await run('window.start', { window });
        if (r.ok) await done('start', numberOf(r.value));
        return;
      }
      case 'hold': {
        const r = await run('window.hold', { window });
        if (r.ok) await doneMove('hold', numberOf(r.value));
        return;
      }
      case 'resumeHeld': {
        const r = await run('window.resumeHeld', { window });
        if (r.ok) await doneMove('resumeHeld', numberOf(r.value));
        return;
      }
      case 'resume': {
        const r = await run('window.resume', { window });
        if (r.ok) await done('resume');
        return;
      }
      default:
        setDialog(id);
    }
  };

  const finish = async (outcome: Outcome, itemCode: string | undefined) => {
    const r = await run('window.finish', itemCode ? { window, outcome, itemCode } : { window, outcome });
    if (r.ok) await done('finish', numberOf(r.value));
  };
  const noShow = async () => {
    const r = await run('window.noShow', { window });
    if (r.ok) await done('noShow', numberOf(r.value));
  };
  const transfer = async (to: TransferChoice) => {
    if (to.kind === 'service') {
      const r = await run('window.transfer', { window, serviceId: to.serviceId });
      const target = services.find((s) => s.id === to.serviceId);
      if (r.ok) await done('transfer', { ...numberOf(r.value), service: target ? target.name : to.serviceId });
    } else if (to.kind === 'window') {
      const r = await run('window.transfer', { window, toWindow: to.windowNo });
      if (r.ok) await doneMove('transferWindow', { ...numberOf(r.value), window: to.label });
    } else {
      const r = await run('window.transfer', { window, toClerk: to.clerkId });
      if (r.ok) await doneMove('transferClerk', { ...numberOf(r.value), name: to.label });
    }
  };
  const pause = async (reason: PauseReason) => {
    const r = await run('window.pause', { window, reason });
    if (r.ok) await done('pause');
  };

  return { act, dialog, setDialog, finish, noShow, transfer, pause, doneMove, detail };
}
