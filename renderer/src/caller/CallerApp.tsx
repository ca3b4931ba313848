// Everything on this screen arrives by push: `ticket.called` for the flash, `hall.changed` for the
// rest. The service names are fetched once per connection; nothing is ever polled.
import { useState } from 'react';
import type { CallView } from '../../../electron/contract';
import { ConnectionBanner } from '../shared/ConnectionBanner';
import { useHallEvent } from '../shared/useHallEvent';
import { useHallView } from '../shared/useHallView';
import { useServices } from '../shared/useServices';
import { CallerHeader } from './CallerHeader';
import { LatestCall } from './LatestCall';
import { RecentCalls } from './RecentCalls';
import { ScreenNotice } from './ScreenNotice';
import { WaitingBoard } from './WaitingBoard';
import { WindowBoard } from './WindowBoard';

export function CallerApp() {
  const view = useHallView();
  const services = useServices(false);
  const [pushed, setPushed] = useState<{ call: CallView; seq: number } | null>(null);
  useHallEvent('ticket.called', (call) => setPushed((prev) => ({ call, seq: (prev?.seq ?? 0) + 1 })));

  // The pushed call wins unless the hall view already knows a newer one (e.g. after a reconnect).
  const fromView = view?.recentCalls[0] ?? null;
  const showPushed = pushed !== null && (!fromView || Date.parse(pushed.call.at) >= Date.parse(fromView.at));
  const latest = showPushed ? pushed.call : fromView;
  const earlier = (view?.recentCalls ?? []).filter((c) => !latest || c.number !== latest.number);

  return (
    <div className={`caller${view?.screenNotice ? ' with-notice' : ''}`}>
      <ConnectionBanner />
      <CallerHeader hallName={view?.hallName ?? ''} />
      <LatestCall key={showPushed ? pushed.seq : 'view'} call={latest} flash={showPushed} />
      <section className="caller-bottom">
        <RecentCalls calls={earlier.slice(0, 5)} />
        <WindowBoard windows={view?.windows ?? []} />
        <WaitingBoard services={services ?? []} waiting={view?.waiting ?? {}} />
      </section>
      <ScreenNotice text={view?.screenNotice ?? ''} />
    </div>
  );
}
