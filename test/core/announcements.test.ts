// The announcement board inside the hall, on captured timers: a call is pending until a hall screen
// reports it and unheard when none does within UNHEARD_MS; a recall starts over; reports go forward
// only, for the window's current call only, and never touch a ticket.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { AnnouncementView, HallEvent, Session } from '../../electron/contract';
import { UNHEARD_MS } from '../../electron/core/announcement-board';
import { openInspectableHall } from '../../electron/core/inspectable-hall';
import { capturedTimers } from '../backup/support';
import { issue, login, openSeededHall, refuse, run, snapshot, staff, type TestHall } from '../support/hall';

let t: TestHall;
let timers: ReturnType<typeof capturedTimers>;
let pushed: AnnouncementView[][];
let clerk: Session;
let kiosk: Session;

beforeEach(() => {
  t = openSeededHall();
  t.hall.close();
  timers = capturedTimers();
  t.hall = openInspectableHall({ dataDir: t.dataDir, demo: true, clock: t.clock, log: () => {}, timers: timers.timers });
  pushed = [];
  t.hall.subscribe((e: HallEvent) => {
    if (e.name === 'announcements.changed') pushed.push(e.data);
  });
  kiosk = login(t.hall, 'kiosk');
  clerk = staff(t.hall, '1003', 3);
});
afterEach(() => t.cleanup());

const report = (input: object) => run(t.hall, 'announcements.report', input);
/** The board pushes once after the tick (after the event that caused it): let that tick pass. */
const pushesSent = () => new Promise<void>((resolve) => setImmediate(resolve));
const window3 = () => (run(t.hall, 'announcements.list', {}, clerk) as AnnouncementView[]).find((v) => v.windowNo === 3);

test('a call nobody reports turns unheard (no hall screen) after UNHEARD_MS', async () => {
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.callNext', { window: 3 }, clerk);
  await pushesSent();
  expect(window3()).toMatchObject({ number: 'A001', recall: 0, state: 'pending', problem: null });
  expect(pushed.at(-1)?.[0]).toMatchObject({ windowNo: 3, state: 'pending' });
  t.clock.advance(UNHEARD_MS);
  timers.fire(UNHEARD_MS);
  expect(window3()).toMatchObject({ state: 'unheard', problem: 'no_screen' });
  // A recall starts over: pending again, and a screen that reports it in time keeps it from going unheard.
  run(t.hall, 'window.recall', { window: 3 }, clerk);
  expect(window3()).toMatchObject({ recall: 1, state: 'pending', problem: null });
  expect(report({ window: 3, number: 'A001', recall: 1, state: 'queued' })).toMatchObject({ state: 'queued' });
  timers.fire(UNHEARD_MS);
  expect(window3()).toMatchObject({ state: 'queued' });
});

test('reports go forward only; announced by any screen wins over a silent one', async () => {
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.callNext', { window: 3 }, clerk);
  const call = { window: 3, number: 'A001', recall: 0 };
  const before = snapshot(t.hall);
  expect(report({ ...call, state: 'announcing' }).state).toBe('announcing');
  await pushesSent();
  const changes = pushed.length;
  expect(pushed.at(-1)?.find((v) => v.windowNo === 3)).toMatchObject({ state: 'announcing' });
  expect(report({ ...call, state: 'queued' }).state).toBe('announcing'); // late, ignored, nothing pushed
  await pushesSent();
  expect(pushed.length).toBe(changes);
  expect(report({ ...call, state: 'silent', problem: 'no_audio' })).toMatchObject({ state: 'silent', problem: 'no_audio' });
  expect(report({ ...call, state: 'failed', problem: 'clips_missing' })).toMatchObject({ state: 'silent', problem: 'no_audio' });
  expect(report({ ...call, state: 'announced' })).toMatchObject({ state: 'announced', problem: null });
  expect(snapshot(t.hall)).toBe(before); // tickets, windows, events: untouched
});

test('a report of any other call than the current one is refused and changes nothing', () => {
  issue(t.hall, kiosk, 'A');
  issue(t.hall, kiosk, 'A');
  run(t.hall, 'window.callNext', { window: 3 }, clerk);
  expect(refuse(t.hall, 'announcements.report', { window: 3, number: 'A002', recall: 0, state: 'announced' })).toMatchObject({
    code: 'conflict',
    reason: 'call_outdated',
    field: 'number',
  });
  expect(refuse(t.hall, 'announcements.report', { window: 3, number: 'A001', recall: 1, state: 'announced' })).toMatchObject({ reason: 'call_outdated' });
  expect(refuse(t.hall, 'announcements.report', { window: 2, number: 'A001', recall: 0, state: 'announced' })).toMatchObject({ reason: 'call_outdated' });
  expect(refuse(t.hall, 'announcements.report', { window: 77, number: 'A001', recall: 0, state: 'announced' })).toMatchObject({
    code: 'not_found',
    field: 'window',
  });
  // Finished: its call is over, so is any report of it.
  run(t.hall, 'window.start', { window: 3 }, clerk);
  run(t.hall, 'window.finish', { window: 3 }, clerk);
  expect(refuse(t.hall, 'announcements.report', { window: 3, number: 'A001', recall: 0, state: 'failed' })).toMatchObject({ reason: 'call_outdated' });
  expect(window3()).toMatchObject({ number: 'A001', state: 'pending' });
});
