// The clerk's day: log in (工号 + PIN) → choose a window and sign in → the working panel.
import { useCallback, useState } from 'react';
import { ConnectionBanner } from '../shared/ConnectionBanner';
import { AppointmentsDock } from './appointments/AppointmentsDock';
import { BackupAlert } from './BackupAlert';
import { DevicesDock } from './devices/DevicesDock';
import { LoginForm } from './LoginForm';
import { Notice } from './Notice';
import { StaffingAlert } from './StaffingAlert';
import { ToolSlotContext } from './ToolSlot';
import { PickupsDock } from './pickups/PickupsDock';
import { useConsoleSession } from './useConsoleSession';
import { useRunner } from './useRunner';
import { WindowPicker } from './WindowPicker';
import { WorkPanel } from './WorkPanel';

export function ConsoleApp() {
  const session = useConsoleSession();
  const { reset } = session;
  const onExpired = useCallback(() => reset(), [reset]);
  const runner = useRunner(onExpired);
  // The working panel's top bar, where the docks show their buttons (ToolSlot.tsx).
  const [toolSlot, setToolSlot] = useState<HTMLElement | null>(null);
  const notice = <Notice notice={runner.notice} onClose={() => runner.setNotice(null)} />;

  let screen;
  if (!session.who) screen = <LoginForm runner={runner} onLogin={session.setWho} />;
  else if (session.windowNo === null)
    screen = <WindowPicker who={session.who} runner={runner} onPick={session.setWindowNo} onLogout={reset} toolSlot={setToolSlot} />;
  else
    screen = (
      <WorkPanel
        who={session.who}
        windowNo={session.windowNo}
        runner={runner}
        onLeave={() => session.setWindowNo(null)}
        onLogout={reset}
        toolSlot={setToolSlot}
      />
    );

  return (
    <ToolSlotContext.Provider value={toolSlot}>
      <div className="console">
        <ConnectionBanner />
        {session.who && <DevicesDock runner={runner} />}
        {session.who && <AppointmentsDock runner={runner} />}
        {session.who && <PickupsDock runner={runner} />}
        {session.who && <BackupAlert audience="clerk" />}
        {session.who && <StaffingAlert audience="clerk" />}
        {screen}
        <div className="console-notice-area">{notice}</div>
      </div>
    </ToolSlotContext.Provider>
  );
}
