// The sequencer on fake timers: each call gets the panel in turn for at least minShowMs and until its
// announcement ends; a recall is announced again; outdated calls are skipped; a silent screen keeps the
// pace; an announcement that never ends is stopped; a new day clears the panel.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { browserTimers, silentAnnouncer, type AnnounceOutcome, type Announcer } from '../../renderer/src/caller/announcer';
import { CallSequencer, type LogEntry, type PanelState } from '../../renderer/src/caller/call-sequencer';
import { call, view } from './calls';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** An announcer whose announcements the test ends by hand. */
function handAnnouncer() {
  const open: { number: string; end(o: AnnounceOutcome): void; cancelled: boolean }[] = [];
  const announcer: Announcer = {
    announce(c) {
      const entry = { number: c.number, end: (_o: AnnounceOutcome) => {}, cancelled: false };
      const done = new Promise<AnnounceOutcome>((resolve) => (entry.end = resolve));
      open.push(entry);
      return { done, cancel: () => ((entry.cancelled = true), entry.end({ state: 'failed', problem: 'playback_failed' })) };
    },
  };
  return { announcer, open };
}

function run(announcer: Announcer) {
  const log: LogEntry[] = [];
  const panels: PanelState[] = [];
  const s = new CallSequencer({
    announcer,
    timers: browserTimers,
    minShowMs: 4000,
    maxSlotMs: 20_000,
    onPanel: (p) => panels.push(p),
    onLog: (e) => log.push(e),
  });
  const kinds = () => log.map((e) => `${e.kind} ${e.number}`);
  const panel = () => panels.at(-1);
  return { s, log, kinds, panel };
}

test('two calls 150 ms apart: both queued in order, each gets the panel in turn', async () => {
  const hand = handAnnouncer();
  const { s, kinds, panel } = run(hand.announcer);
  s.called(call('A001', 1));
  await vi.advanceTimersByTimeAsync(150);
  s.called(call('B001', 2));
  expect(kinds()).toEqual(['queued A001', 'start A001', 'queued B001']);
  expect(panel()).toMatchObject({ call: { number: 'A001' }, turn: 1, active: true });
  // The announcement ends first; the call stays up until it has been shown for 4 s.
  hand.open[0]!.end({ state: 'announced' });
  await vi.advanceTimersByTimeAsync(3000);
  expect(panel()?.call?.number).toBe('A001');
  await vi.advanceTimersByTimeAsync(1000);
  expect(kinds()).toEqual(['queued A001', 'start A001', 'queued B001', 'end A001', 'start B001']);
  expect(panel()).toMatchObject({ call: { number: 'B001' }, turn: 2, active: true });
  // Shown long enough, but still being said: B001 keeps the panel until its announcement ends.
  await vi.advanceTimersByTimeAsync(6000);
  expect(panel()?.active).toBe(true);
  hand.open[1]!.end({ state: 'announced' });
  await vi.advanceTimersByTimeAsync(0);
  expect(panel()).toMatchObject({ call: { number: 'B001' }, active: false }); // the last call stays up, still
  expect(hand.open.map((o) => o.number)).toEqual(['A001', 'B001']);
});

test('a recall is announced again; a recall of a call still waiting is merged', async () => {
  const { s, kinds } = run(silentAnnouncer(browserTimers, 'no_audio', 5000));
  s.called(call('A001', 1));
  s.called(call('B001', 2));
  s.called(call('B001', 2, 1));
  await vi.advanceTimersByTimeAsync(5000);
  s.called(call('B001', 2, 2)); // recalled while its own turn runs: queued again
  await vi.advanceTimersByTimeAsync(10_000);
  expect(kinds()).toEqual([
    'queued A001',
    'start A001',
    'queued B001',
    'merged B001',
    'end A001',
    'start B001',
    'queued B001',
    'end B001',
    'start B001',
    'end B001',
  ]);
});

test('a call outdated before its turn is dropped; one being said is said to the end', async () => {
  const { s, kinds, log } = run(silentAnnouncer(browserTimers));
  s.viewed(view({ 1: null, 2: null }));
  s.called(call('A001', 1));
  s.called(call('B001', 2));
  s.viewed(view({ 1: null, 2: null })); // both finished at once
  await vi.advanceTimersByTimeAsync(7000);
  expect(kinds()).toEqual(['queued A001', 'start A001', 'queued B001', 'end A001', 'dropped B001']);
  expect(log.at(-1)).toMatchObject({ kind: 'dropped', reason: 'outdated' });
});

test('a screen without sound shows every call and advances at the announcement pace', async () => {
  const { s, log, panel } = run(silentAnnouncer(browserTimers, 'no_audio', 7000));
  s.called(call('A001', 1));
  s.called(call('A002', 2));
  await vi.advanceTimersByTimeAsync(6999);
  expect(panel()?.call?.number).toBe('A001');
  await vi.advanceTimersByTimeAsync(1);
  expect(panel()?.call?.number).toBe('A002');
  expect(log.find((e) => e.kind === 'end')).toMatchObject({ number: 'A001', outcome: { state: 'silent', problem: 'no_audio' } });
});

test('an announcement that never ends is stopped at maxSlotMs and counted failed', async () => {
  const hand = handAnnouncer();
  const { s, log, panel } = run(hand.announcer);
  s.called(call('A001', 1));
  s.called(call('A002', 2));
  await vi.advanceTimersByTimeAsync(20_000);
  expect(hand.open[0]!.cancelled).toBe(true);
  expect(log.find((e) => e.kind === 'end')).toMatchObject({ number: 'A001', outcome: { state: 'failed' } });
  expect(panel()?.call?.number).toBe('A002');
});

test('a new business day drops the waiting calls, stops the one being said and clears the panel', async () => {
  const hand = handAnnouncer();
  const { s, kinds, panel } = run(hand.announcer);
  s.viewed(view({ 1: null }, '2026-12-01'));
  s.called(call('A050', 1));
  s.called(call('A051', 1));
  s.viewed(view({ 1: null }, '2026-12-02'));
  expect(kinds()).toEqual(['queued A050', 'start A050', 'queued A051', 'dropped A051', 'dropped A050']);
  expect(panel()).toMatchObject({ call: null, active: false });
  expect(hand.open[0]!.cancelled).toBe(true);
  await vi.advanceTimersByTimeAsync(60_000);
  expect(kinds()).toHaveLength(5); // nothing of yesterday comes back
});

test('after a reconnect the panel lets go of its last call (the fresh hall view redraws the screen)', async () => {
  const { s, panel } = run(silentAnnouncer(browserTimers, 'no_audio', 4000));
  s.called(call('A001', 1));
  s.reconnected(); // a turn still running goes on
  expect(panel()).toMatchObject({ call: { number: 'A001' }, active: true });
  await vi.advanceTimersByTimeAsync(4000);
  expect(panel()).toMatchObject({ call: { number: 'A001' }, active: false });
  s.reconnected();
  expect(panel()).toMatchObject({ call: null, active: false });
});
