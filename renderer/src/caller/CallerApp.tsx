// Everything on this screen arrives by push: `ticket.called` feeds the call sequencer (the big panel
// and the voice, one call at a time), `hall.changed` the rest; the hall view is fetched again on every
// reconnection, so a restarted hall server is redrawn as it is now. Nothing is ever polled.
import type { CallView } from '../../../electron/contract';
import { ConnectionBanner } from '../shared/ConnectionBanner';
import { useServices } from '../shared/useServices';
import { isAppointmentCall } from './AppointmentMark';
import { CallerHeader } from './CallerHeader';
import { LatestCall } from './LatestCall';
import { RecentCalls } from './RecentCalls';
import { ScreenNotice } from './ScreenNotice';
import { WaitingBoard } from './WaitingBoard';
import { WindowBoard } from './WindowBoard';
import { useHallScreen } from './useHallScreen';

/** How many calls the recent list shows under the big one (they must stay readable across the room). */
const RECENT_SHOWN = 4;

export function CallerApp() {
  const { view, panel } = useHallScreen();
  const services = useServices(false);
  // The sequencer's call (its turn, or the last one it showed); before any, the view's latest.
  const latest: CallView | null = panel.call ?? view?.recentCalls[0] ?? null;
  const earlier = (view?.recentCalls ?? []).filter((c) => !latest || c.number !== latest.number || c.windowNo !== latest.windowNo);

  return (
    <div className={`caller${view?.screenNotice ? ' with-notice' : ''}`} data-turn={panel.turn} data-active={panel.active ? 'true' : 'false'}>
      <CallerHeader hallName={view?.hallName ?? ''} timeZone={view?.timeZone} />
      <LatestCall key={panel.active ? panel.turn : 'view'} call={latest} flash={panel.active} appointment={isAppointmentCall(latest, view?.windows ?? [])} />
      <section className="caller-bottom">
        <RecentCalls calls={earlier.slice(0, RECENT_SHOWN)} />
        <WindowBoard windows={view?.windows ?? []} />
        <WaitingBoard services={services ?? []} waiting={view?.waiting ?? {}} />
      </section>
      <ConnectionBanner />
      <ScreenNotice text={view?.screenNotice ?? ''} />
    </div>
  );
}
