// followLiveQuery (what useLiveQuery runs) against a HallClient over a fake transport whose answers
// the test releases one by one: fetch on connect, again on reconnect, follow pushes, drop stale answers.
import { expect, test } from 'vitest';
import type { CommandName, HallEvent, Result } from '../../electron/contract';
import { HallClient, type ConnectionState, type HallTransport } from '../../renderer/src/client/hall-client';
import { followLiveQuery, type LiveQueryState } from '../../renderer/src/shared/live-query';

function fakeHall(initial: ConnectionState = 'connecting') {
  const asked: { name: CommandName; input: unknown; answer(result: Result<unknown>): void }[] = [];
  const events = new Set<(event: HallEvent) => void>();
  const links = new Set<(state: ConnectionState) => void>();
  let state = initial;
  const transport: HallTransport = {
    invoke: (name, input) => new Promise((answer) => asked.push({ name, input, answer })),
    onEvent: (l) => (events.add(l), () => events.delete(l)),
    onConnection: (l) => (links.add(l), l(state), () => links.delete(l)),
  };
  return {
    client: new HallClient(transport),
    asked,
    link(next: ConnectionState) {
      state = next;
      for (const l of links) l(next);
    },
    push(event: HallEvent) {
      for (const l of events) l(event);
    },
    listeners: () => events.size + links.size,
  };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
const view = (windows: number) => ({ windows: Array.from({ length: windows }) }) as never;

test('asks once the link is up and again after every reconnect, not while down', async () => {
  const hall = fakeHall();
  const seen: LiveQueryState<'hall.get'>[] = [];
  followLiveQuery(hall.client, { command: 'hall.get', input: {}, event: null }, (s) => seen.push(s));
  expect(hall.asked).toHaveLength(0);
  hall.link('connected');
  expect(hall.asked.map((a) => [a.name, a.input])).toEqual([['hall.get', {}]]);
  hall.asked[0]!.answer({ ok: true, value: view(1) });
  await settle();
  expect(seen.at(-1)).toEqual({ value: view(1), error: null });
  hall.link('connected'); // told twice: still one question
  hall.link('disconnected');
  hall.link('connecting');
  expect(hall.asked).toHaveLength(1);
  expect(seen.at(-1)!.value).toEqual(view(1)); // kept while offline by default
  hall.link('connected');
  expect(hall.asked).toHaveLength(2);
});

test('an event name asks again on each push; apply takes the push, undefined ignores it', async () => {
  const hall = fakeHall('connected');
  const refetch: LiveQueryState<'services.list'>[] = [];
  followLiveQuery(hall.client, { command: 'services.list', input: {}, event: 'hall.changed' }, (s) => refetch.push(s));
  hall.push({ name: 'hall.changed', data: view(2) });
  hall.push({ name: 'ticket.issued', data: {} as never });
  expect(hall.asked.map((a) => a.name)).toEqual(['services.list', 'services.list']);

  const pushed: LiveQueryState<'ratings.prompt'>[] = [];
  const prompt = (windowNo: number) => ({ windowNo, awaiting: null, last: null }) as never;
  followLiveQuery(
    hall.client,
    { command: 'ratings.prompt', input: { window: 3 }, event: { name: 'rating.prompt', apply: (p) => (p.windowNo === 3 ? p : undefined) } },
    (s) => pushed.push(s),
  );
  hall.push({ name: 'rating.prompt', data: prompt(4) });
  expect(pushed).toEqual([]);
  hall.push({ name: 'rating.prompt', data: prompt(3) });
  expect(pushed).toEqual([{ value: prompt(3), error: null }]);
});

test('only the newest answer counts: an older one, or one overtaken by a push, is dropped', async () => {
  const hall = fakeHall('connected');
  const seen: LiveQueryState<'hall.get'>[] = [];
  const query = followLiveQuery(hall.client, { command: 'hall.get', input: {}, event: { name: 'hall.changed', apply: (v) => v } }, (s) => seen.push(s));
  void query.reload();
  hall.asked[1]!.answer({ ok: true, value: view(2) });
  hall.asked[0]!.answer({ ok: true, value: view(1) });
  await settle();
  expect(seen.map((s) => s.value)).toEqual([view(2)]);
  void query.reload();
  hall.push({ name: 'hall.changed', data: view(3) });
  hall.asked[2]!.answer({ ok: true, value: view(9) });
  await settle();
  expect(seen.map((s) => s.value)).toEqual([view(2), view(3)]);
});

test('a failure keeps the last value with the error; a later success clears it', async () => {
  const hall = fakeHall('connected');
  const seen: LiveQueryState<'window.get'>[] = [];
  const query = followLiveQuery(hall.client, { command: 'window.get', input: { window: 1 }, event: null }, (s) => seen.push(s));
  hall.asked[0]!.answer({ ok: true, value: { no: 1 } as never });
  await settle();
  const done = query.reload();
  hall.asked[1]!.answer({ ok: false, error: { code: 'not_found', message: 'no such window' } });
  await done;
  expect(seen.at(-1)).toEqual({ value: { no: 1 }, error: { code: 'not_found', message: 'no such window' } });
  const again = query.reload();
  hall.asked[2]!.answer({ ok: true, value: { no: 1, x: 1 } as never });
  await again;
  expect(seen.at(-1)).toEqual({ value: { no: 1, x: 1 }, error: null });
});

test('dropWhenOffline forgets the answer (and one still on its way) when the link goes down', async () => {
  const hall = fakeHall('connected');
  const seen: LiveQueryState<'hall.get'>[] = [];
  followLiveQuery(hall.client, { command: 'hall.get', input: {}, event: null, dropWhenOffline: true }, (s) => seen.push(s));
  hall.asked[0]!.answer({ ok: true, value: view(1) });
  await settle();
  hall.link('connected');
  hall.link('disconnected');
  hall.link('connected');
  hall.link('disconnected');
  hall.asked[1]!.answer({ ok: true, value: view(2) });
  await settle();
  expect(seen.map((s) => s.value)).toEqual([view(1), null, null]);
});

test('after stop nothing is reported and nothing is listened to', async () => {
  const hall = fakeHall('connected');
  const seen: unknown[] = [];
  const query = followLiveQuery(hall.client, { command: 'hall.get', input: {}, event: 'hall.changed' }, (s) => seen.push(s));
  expect(hall.listeners()).toBe(2);
  query.stop();
  expect(hall.listeners()).toBe(0);
  hall.asked[0]!.answer({ ok: true, value: view(1) });
  hall.push({ name: 'hall.changed', data: view(2) });
  await settle();
  expect(seen).toEqual([]);
  expect(hall.asked).toHaveLength(1);
});
