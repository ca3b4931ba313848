// The hall screens' announcements as the consoles see them: each call the queue makes is pending until
// a hall screen reports it (announcements.report, public: the hall screen has no login), and unheard if
// none does in time. In memory only; see announcement-board.ts for what a report may and may not do.
import type { Capability } from './capability';
import { AnnouncementBoard } from './announcement-board';
import { oncePerTick } from './once-per-tick';
import type { QueueParts } from './queue-capability';

export const announcementCapability = {
  name: 'announcements',
  settings: {},
  migrations: [],
  routes: [
    { method: 'GET', path: '/api/announcements', command: 'announcements.list' },
    { method: 'POST', path: '/api/announcements/report', command: 'announcements.report' },
  ],
  start(ctx, { engine }) {
    let closed = false;
    // Once after the tick: a change seen while ticket.called is delivered follows it, never precedes it.
    const board: AnnouncementBoard = new AnnouncementBoard(
      ctx.clock,
      ctx.scheduler,
      () => engine.config.windowViews(),
      oncePerTick(
        ctx,
        'announcements.changed',
        () => ctx.emit('announcements.changed', board.list()),
        () => closed,
      ),
    );
    const stop = ctx.subscribe((event) => {
      if (event.name === 'ticket.called') board.called(event.data);
    });
    return {
      provides: {},
      handlers: {
        'announcements.report': (input) => board.report(input),
        'announcements.list': () => board.list(),
      },
      close() {
        closed = true;
        stop();
        board.close();
      },
    };
  },
} satisfies Capability<Pick<QueueParts, 'engine'>, object, Record<never, never>>;
