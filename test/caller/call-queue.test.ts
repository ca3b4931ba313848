// The hall screen's call queue on its own: arrival order, a recall merged into the call still waiting,
// outdated calls dropped at their turn (only by a view newer than the call), a new day drops them all.
import { expect, test } from 'vitest';
import { CallQueue } from '../../renderer/src/caller/call-queue';
import { call, view } from './calls';

const numbers = (q: CallQueue) => q.list().map((c) => `${c.number}@${c.windowNo}`);

test('calls wait in arrival order, the newest last', () => {
  const q = new CallQueue();
  q.called(call('A001', 1));
  q.called(call('B001', 2));
  q.called(call('A002', 3));
  expect(numbers(q)).toEqual(['A001@1', 'B001@2', 'A002@3']);
  expect(q.take().call?.number).toBe('A001');
  expect(q.take().call?.number).toBe('B001');
  expect(q.take().call?.number).toBe('A002');
  expect(q.take()).toEqual({ call: null, dropped: [] });
});

test('a recall of a call still waiting is merged into it and keeps its place', () => {
  const q = new CallQueue();
  expect(q.called(call('A001', 1))).toBe('queued');
  q.called(call('B001', 2));
  expect(q.called(call('A001', 1, 1, '2026-12-02T01:00:05.000Z'))).toBe('merged');
  expect(numbers(q)).toEqual(['A001@1', 'B001@2']);
  expect(q.list()[0]).toMatchObject({ recall: 1, at: '2026-12-02T01:00:05.000Z' });
  // The same number at another window (a transferred ticket called again) is a call of its own.
  expect(q.called(call('A001', 4))).toBe('queued');
  expect(q.length).toBe(3);
});

test('a call whose ticket a newer view shows finished or gone is dropped when its turn comes', () => {
  const q = new CallQueue();
  q.viewed(view({ 1: null, 2: null, 3: null }));
  q.called(call('A001', 1));
  q.called(call('B001', 2));
  q.called(call('A002', 3));
  // After the calls: A001 is being served (still live), B001 was finished, A002 marked no-show and 3 called the next.
  q.viewed(view({ 1: ['A001', 'serving'], 2: null, 3: ['A003', 'called'] }));
  const first = q.take();
  expect(first.call?.number).toBe('A001');
  expect(first.dropped).toEqual([]);
  const second = q.take();
  expect(second.call).toBeNull();
  expect(second.dropped.map((d) => [d.call.number, d.reason])).toEqual([
    ['B001', 'outdated'],
    ['A002', 'outdated'],
  ]);
});

test('only a view that came after the call can outdate it; a recall makes it live again', () => {
  const q = new CallQueue();
  q.viewed(view({ 1: null })); // the view from before the call: A001 not at window 1 yet
  q.called(call('A001', 1));
  expect(q.list()[0]!.outdated).toBe(false);
  q.viewed(view({ 1: ['A001', 'called'] }));
  expect(q.list()[0]!.outdated).toBe(false);
  q.viewed(view({ 1: ['A001', 'no_show'] }));
  expect(q.list()[0]!.outdated).toBe(true);
  q.called(call('A001', 1, 1)); // the clerk recalled it after all
  expect(q.take().call).toMatchObject({ number: 'A001', recall: 1 });
});

test('a new business day drops every call still waiting', () => {
  const q = new CallQueue();
  expect(q.viewed(view({ 1: null }, '2026-12-01'))).toEqual({ newDay: false, dropped: [] });
  q.called(call('A009', 1));
  q.called(call('B004', 1));
  const { newDay, dropped } = q.viewed(view({ 1: ['A009', 'called'] }, '2026-12-02'));
  expect(newDay).toBe(true);
  expect(dropped.map((d) => [d.call.number, d.reason])).toEqual([
    ['A009', 'new_day'],
    ['B004', 'new_day'],
  ]);
  expect(q.take().call).toBeNull();
});
