// The preload bridge: exposes exactly `window.tongban`, maps to the contract's channels, and never
// hands the renderer an Electron object.
import { EventEmitter } from 'node:events';
import { beforeAll, expect, test, vi } from 'vitest';
import { eventNames, ipcCommandChannel, ipcEventChannel, type HallEvent, type TongbanBridge } from '../../electron/contract';

const electron = vi.hoisted(() => {
  const exposed: Array<[string, unknown]> = [];
  return { exposed, invoke: null as null | ((channel: string, ...args: unknown[]) => Promise<unknown>) };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipcRenderer = new Emitter() as EventEmitter & { invoke(channel: string, ...args: unknown[]): Promise<unknown> };
  ipcRenderer.invoke = (channel, ...args) => electron.invoke!(channel, ...args);
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.push([key, api]) },
    ipcRenderer,
  };
});

let ipcRenderer: EventEmitter;
let bridge: TongbanBridge;

beforeAll(async () => {
  await import('../../electron/preload/index');
  ipcRenderer = (await import('electron')).ipcRenderer as unknown as EventEmitter;
  bridge = electron.exposed[0]![1] as TongbanBridge;
});

test('exposes exactly one thing, `tongban`, with exactly invoke and onEvent', () => {
  expect(electron.exposed.map(([key]) => key)).toEqual(['tongban']);
  expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
  expect(typeof bridge.invoke).toBe('function');
  expect(typeof bridge.onEvent).toBe('function');
});

test('invoke sends { name, input } on the one command channel and returns main’s Result', async () => {
  const calls: unknown[][] = [];
  electron.invoke = async (...args) => {
    calls.push(args);
    return { ok: true, value: { number: 'A001' } };
  };
  await expect(bridge.invoke('tickets.issue', { serviceId: 'A' })).resolves.toEqual({ ok: true, value: { number: 'A001' } });
  expect(calls).toEqual([[ipcCommandChannel, { name: 'tickets.issue', input: { serviceId: 'A' } }]]);
  expect(ipcCommandChannel).toBe('tongban:command');
});

test('a broken IPC (no handler in main) becomes an offline Result, not a rejection', async () => {
  electron.invoke = async () => {
    throw new Error("No handler registered for 'tongban:command'");
  };
  await expect(bridge.invoke('hall.get', {})).resolves.toMatchObject({ ok: false, error: { code: 'offline' } });
});

test('onEvent listens on every event channel, passes { name, data } only, and unsubscribes', () => {
  const received: HallEvent[] = [];
  const off = bridge.onEvent((event) => received.push(event));
  for (const name of eventNames) expect(ipcRenderer.listenerCount(ipcEventChannel(name))).toBe(1);
  expect(ipcEventChannel('ticket.called')).toBe('tongban:event:ticket.called');

  const senderEvent = { sender: ipcRenderer, ports: [] };
  ipcRenderer.emit(ipcEventChannel('ticket.called'), senderEvent, { number: 'A001', windowNo: 3, at: 'x', recall: 0 });
  ipcRenderer.emit(ipcEventChannel('hall.changed'), senderEvent, { hallName: '演示' });
  ipcRenderer.emit('tongban:event:something.else', senderEvent, {});
  expect(received).toEqual([
    { name: 'ticket.called', data: { number: 'A001', windowNo: 3, at: 'x', recall: 0 } },
    { name: 'hall.changed', data: { hallName: '演示' } },
  ]);

  off();
  for (const name of eventNames) expect(ipcRenderer.listenerCount(ipcEventChannel(name))).toBe(0);
  ipcRenderer.emit(ipcEventChannel('hall.changed'), senderEvent, {});
  expect(received).toHaveLength(2);
});

test('two subscribers are independent', () => {
  const a: string[] = [];
  const b: string[] = [];
  const offA = bridge.onEvent((e) => a.push(e.name));
  const offB = bridge.onEvent((e) => b.push(e.name));
  offA();
  ipcRenderer.emit(ipcEventChannel('hall.changed'), {}, {});
  expect(a).toEqual([]);
  expect(b).toEqual(['hall.changed']);
  offB();
});

test('every event of the registry reaches a manager’s Electron window: hall → main’s IPC → preload → renderer', async () => {
  const { wireHallIpc } = await import('../../electron/main/ipc');
  const { events } = await import('../../electron/contract/events');
  const hallListeners: Array<(e: HallEvent) => void> = [];
  const manager = { token: 't', role: 'admin', user: 'admin', name: '管理员' } as const;
  // The window's webContents delivers what main sends to the preload's ipcRenderer, as Electron does.
  const contents = {
    id: 1,
    isDestroyed: () => false,
    once: () => undefined,
    send: (channel: string, data: unknown) => ipcRenderer.emit(channel, { sender: ipcRenderer }, data),
  };
  const ipc = wireHallIpc({
    hall: {
      send: () => ({ ok: true, value: null }) as never,
      login: async () => ({ ok: true, value: manager }),
      paced: async () => ({ ok: true, value: null }),
      resolve: () => manager,
      subscribe: (l) => (hallListeners.push(l), () => undefined),
    },
    ipcMain: { handle: () => undefined, removeHandler: () => undefined },
    isTrustedUrl: () => true,
  });
  ipc.addWindow(contents, { kiosk: false });
  // A manager logs in on it: the events restricted to a role (live.changed) are the manager's too.
  await ipc.handle({ sender: contents, senderFrame: { parent: null, url: 'file:///admin.html' } } as never, { name: 'auth.login', input: {} });
  const received: string[] = [];
  const off = bridge.onEvent((e) => received.push(e.name));
  // Names straight from the run-time registry (not the eventNames list the preload itself uses).
  const registered = Object.keys(events);
  expect(registered.length).toBeGreaterThanOrEqual(8);
  for (const name of registered) for (const l of hallListeners) l({ name, data: { probe: name } } as unknown as HallEvent);
  expect(received).toEqual(registered);
  off();
  ipc.dispose();
});
