// The working panel for a long day at one window: current ticket, actions, queue and counts.
import { useCallback, useEffect, useState } from 'react';
import type { TicketView } from '../../../electron/contract';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { useHall } from '../shared/hall-context';
import { useServices } from '../shared/useServices';
import { ActionBar } from './ActionBar';
import { AnnouncementStatus } from './AnnouncementStatus';
import { actionSpecs } from './actions';
import { CurrentTicket } from './CurrentTicket';
import { FinishDialog } from './FinishDialog';
import { GreenLaneButton, GreenLaneDialog } from './GreenLaneButton';
import { PauseDialog } from './PauseDialog';
import { PickupAtWindow } from './pickups/PickupAtWindow';
import { QueuePanel } from './QueuePanel';
import { RatingStatus } from './RatingStatus';
import { TransferDialog } from './TransferDialog';
import type { Clerk } from './useConsoleSession';
import type { useRunner } from './useRunner';
import { useShortcuts } from './useShortcuts';
import { useWindowActions } from './useWindowActions';
import { useWindowDetail } from './useWindowDetail';
import { CallTicketDialog } from './moves/CallTicketDialog';
import { HeldList } from './moves/HeldList';
import { NoShowDialog } from './moves/NoShowDialog';
import { RequeuePanel } from './moves/RequeuePanel';
import { UndoBar } from './moves/UndoBar';
import { useMoveActions } from './moves/useMoveActions';
import { MyDayPanel } from './MyDayPanel';
import { useMyDay } from './useMyDay';
import { useRatingPrompt } from '../shared/useRatingPrompt';

interface Props {
  who: Clerk;
  windowNo: number;
  runner: ReturnType<typeof useRunner>;
  onLeave: () => void;
  onLogout: () => void;
  /** Where the docks put their buttons (ToolSlot.tsx): a place in the top bar's flow. */
  toolSlot?: (el: HTMLElement | null) => void;
}

export function WorkPanel({ who, windowNo, runner, onLeave, onLogout, toolSlot }: Props) {
  const { t } = useTranslation();
  const hall = useHall();
  const services = useServices(true) ?? [];
  const { detail, error, reload: reloadDetail } = useWindowDetail(windowNo);
  const { myDay, reload: reloadMyDay } = useMyDay(windowNo);
  // After the clerk's own action: the window and the clerk's day (a finish changes both).
  const reload = useCallback(async () => {
    await Promise.all([reloadDetail(), reloadMyDay()]);
  }, [reloadDetail, reloadMyDay]);
  const actions = useWindowActions(windowNo, detail, services, runner, reload);
  const { run, busy, setNotice } = runner;
  const [greenLane, setGreenLane] = useState(false);
  const { setDialog } = actions;
  const closeDialog = useCallback(() => setDialog(null), [setDialog]);
  const moves = useMoveActions(windowNo, runner, reload, closeDialog);
  const [picked, setPicked] = useState<TicketView | null>(null);
  const undoSeconds = detail?.moves.undoSeconds ?? 0;
  const { prompt } = useRatingPrompt(windowNo);
  const awaitingRating = (prompt?.awaiting ?? null) !== null;
  const rating = <RatingStatus windowNo={windowNo} prompt={prompt} runner={runner} />;

  // Someone else (the manager, or this clerk from another PC) took this window away: choose again.
  const lost = detail !== null && detail.clerk?.id !== who.user;
  useEffect(() => {
    if (lost) onLeave();
  }, [lost, onLeave]);
  const expired = error?.code === 'unauthenticated';
  useEffect(() => {
    if (expired) onLogout();
  }, [expired, onLogout]);

  const shortcuts: Record<string, () => void> = {};
  for (const a of actionSpecs) {
    // A key whose action cannot be done now is still the console's: F5 must not reload the page, F7 not
    // turn on the browser's caret browsing.
    shortcuts[a.key] = detail && !busy && a.can(detail) ? () => void actions.act(a.id) : () => {};
  }
  useShortcuts(shortcuts, actions.dialog === null);

  const signOut = async () => {
    const r = await run('window.signOut', { window: windowNo });
    if (!r.ok) return false;
    setNotice({ kind: 'ok', key: 'console.done.signOut' });
    onLeave();
    return true;
  };
  const logout = async () => {
    if (!(await signOut())) return;
    await hall.send('auth.logout', {});
    setNotice(null);
    onLogout();
  };

  const current = detail?.current ?? null;
  const free = detail !== null && detail.status === 'open' && current === null;
  const pick = detail?.moves.callSpecific && free ? (ticket: TicketView) => (setPicked(ticket), setDialog('callTicket')) : null;
  return (
    <main className="console-panel">
      {/* Two rows: the window and the clerk; then the tools and the language (issue 14: one row ran
          out of room at 1366 px in English, and its floating buttons covered the clerk's name). */}
      <header className="console-bar">
        <div className="console-bar-row">
          <h1 data-testid="panel-window">{t('window.name', { number: windowNo })}</h1>
          {detail && (
            <span className={`status status-${detail.status}`} data-testid="window-status">
              {t(`window.status.${detail.status}`)}
              {detail.status === 'paused' && ` · ${t(`pauseReason.${detail.pauseReason ?? 'other'}`)}`}
            </span>
          )}
          <GreenLaneButton disabled={busy} onClick={() => setGreenLane(true)} />
          <span className="who" data-testid="clerk-name">
            {t('console.hello', { name: who.name, user: who.user })}
          </span>
          <button type="button" disabled={busy || current !== null} onClick={() => void signOut()} data-testid="sign-out">
            {t('console.action.signOut')}
          </button>
          <button type="button" disabled={busy || current !== null} onClick={() => void logout()} data-testid="logout">
            {t('console.action.logout')}
          </button>
        </div>
        <div className="console-bar-row console-bar-tools">
          <div className="console-tools" ref={toolSlot} data-testid="console-tools" />
          <LanguageSwitch />
        </div>
      </header>
      <div className="panel-body">
        <div className="panel-main">
          {detail?.status === 'paused' && (
            <div className="paused-banner">{t('console.pausedBanner', { reason: t(`pauseReason.${detail.pauseReason ?? 'other'}`) })}</div>
          )}
          <CurrentTicket detail={detail} services={services} />
          <PickupAtWindow windowNo={windowNo} detail={detail} runner={runner} reload={reload} />
          <ActionBar detail={detail} busy={busy} onAction={(id) => void actions.act(id)} />
          {/* While a rating is awaited, right under the keys: why F1 waits (正在评价, seconds left) is in sight at 1366×768. */}
          {awaitingRating && rating}
          <UndoBar undo={detail?.moves.undo ?? null} busy={busy} keys={actions.dialog === null} onUndo={moves.undoNoShow} />
          <div className="qm-moves">
            <HeldList held={detail?.moves.held ?? []} canResume={free} busy={busy} onResume={(id) => void moves.resumeHeld(id)} />
            <RequeuePanel offset={detail?.moves.requeueOffset ?? 0} busy={busy} onRequeue={moves.requeue} />
          </div>
          <AnnouncementStatus detail={detail} />
          {!awaitingRating && rating}
        </div>
        <QueuePanel detail={detail} services={services} onPick={pick} myDay={<MyDayPanel myDay={myDay} />} />
      </div>
      {actions.dialog === 'finish' && current && (
        <FinishDialog
          ticket={current}
          lastItemCode={myDay?.lastItemCode ?? null}
          busy={busy}
          onConfirm={(o, i) => void actions.finish(o, i)}
          onCancel={() => actions.setDialog(null)}
        />
      )}
      {actions.dialog === 'transfer' && current && (
        <TransferDialog
          ticket={current}
          windowNo={windowNo}
          services={services}
          busy={busy}
          onConfirm={(to) => void actions.transfer(to)}
          onCancel={() => actions.setDialog(null)}
        />
      )}
      {actions.dialog === 'noShow' && current && (
        <NoShowDialog ticket={current} undoSeconds={undoSeconds} busy={busy} onConfirm={() => void actions.noShow()} onCancel={closeDialog} />
      )}
      {actions.dialog === 'callTicket' && picked && (
        <CallTicketDialog ticket={picked} busy={busy} onConfirm={(r, n) => void moves.callTicket(picked.id, r, n)} onCancel={closeDialog} />
      )}
      <GreenLaneDialog
        open={greenLane}
        setOpen={setGreenLane}
        services={services}
        primary={detail?.primary ?? []}
        runner={runner}
        onIssued={() => void reload()}
      />
      {actions.dialog === 'pause' && <PauseDialog busy={busy} onConfirm={(r) => void actions.pause(r)} onCancel={() => actions.setDialog(null)} />}
    </main>
  );
}
