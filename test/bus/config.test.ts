// The `bus` section of the devices config: defaults filled in, mistakes named by field, and the
// hall-facing texts as templates a hall may reword.
import { expect, test } from 'vitest';
import type { WindowView } from '../../electron/contract';
import { DevicesConfigError, parseDevicesConfig } from '../../electron/devices/config';
import { busConfigSchema } from '../../electron/devices/hall-bus/config';
import { stepForKey } from '../../electron/devices/hall-bus/keypad-actions';
import { fill, hallScreenText, windowScreenText } from '../../electron/devices/hall-bus/led-texts';

const minimal = { led: [{ port: '/dev/ttyUSB0', dialect: 'bx5k', screens: [{ window: 3, address: 3 }] }] };

test('defaults: 9600 baud, timeouts, retries, the Chinese texts; no transfer target', () => {
  const bus = parseDevicesConfig({ bus: minimal }).bus!;
  expect(bus.led[0]).toMatchObject({
    baud: 9600,
    gapMs: 20,
    replyTimeoutMs: 300,
    retries: 2,
    keepAliveSeconds: 30,
    screens: [{ window: 3, address: 3, widthCells: 16, heightPx: 16 }],
  });
  expect(bus.texts).toMatchObject({ call: '请{number}号到{window}号窗口', serving: '正在办理 {number}', paused: '暂停服务' });
  expect(bus).toMatchObject({ keypads: [], callShowSeconds: 20, transferTo: null, pauseReason: 'other' });
});

test('mistakes are refused with the field named', () => {
  const bad = (bus: unknown) => () => parseDevicesConfig({ bus }, 'hall.json');
  expect(bad({ led: [{ port: '/dev/ttyUSB0', dialect: 'bx6k' }] })).toThrow(/hall\.json: bus\.led\.0\.dialect/);
  expect(bad({ led: [{ ...minimal.led[0], baud: 0 }] })).toThrow(/bus\.led\.0\.baud/);
  expect(
    bad({
      led: [
        {
          ...minimal.led[0],
          screens: [
            { window: 1, address: 5 },
            { window: 2, address: 5 },
          ],
        },
      ],
    }),
  ).toThrow(/bus\.led\.0\.screens\.1: address 5 is used twice/);
  expect(
    bad({
      keypads: [
        {
          port: 'tcp://10.0.0.5:4001',
          keypads: [
            { window: 1, address: 1 },
            { window: 1, address: 2 },
          ],
        },
      ],
    }),
  ).toThrow(/window 1 is used twice/);
  expect(bad({ keypads: [{ port: 'x', evaluators: [{ window: 1, address: 1, keys: 3 }] }] })).toThrow(/keys/);
  expect(bad({ led: [], colour: 'red' })).toThrow(DevicesConfigError);
  // A keypad and an evaluator may share an address: one combined unit.
  expect(
    busConfigSchema.parse({ keypads: [{ port: 'x', keypads: [{ window: 1, address: 1 }], evaluators: [{ window: 1, address: 1 }] }] }).keypads[0]!
      .evaluators[0]!.keys,
  ).toBe(5);
});

const w = (over: Partial<WindowView>): WindowView => ({
  number: 3,
  name: '3号窗口',
  status: 'open',
  pauseReason: null,
  clerk: { id: '1003', name: '王' },
  current: null,
  ...over,
});
const ticket = (state: 'called' | 'serving') => ({
  id: 1,
  number: 'A001',
  serviceId: 'A',
  priority: 'normal' as const,
  state,
  issuedAt: '',
  calledAt: '',
  windowNo: 3,
  recalls: 0,
});

test("window screen texts from the window state, with the hall's own wording", () => {
  const texts = busConfigSchema.parse({}).texts;
  expect(windowScreenText(w({ current: ticket('called') }), texts, true)).toBe('请A001号到3号窗口');
  expect(windowScreenText(w({ current: ticket('called') }), texts, false)).toBe('正在办理 A001');
  expect(windowScreenText(w({ current: ticket('serving') }), texts, true)).toBe('正在办理 A001');
  expect(windowScreenText(w({ status: 'paused' }), texts, false)).toBe('暂停服务');
  expect(windowScreenText(w({ status: 'closed', clerk: null }), texts, false)).toBe('暂停服务');
  expect(windowScreenText(w({}), texts, false)).toBe('3号窗口 欢迎您');
  const own = busConfigSchema.parse({ texts: { call: '{number} 请到 {window} 号', closed: '本窗口暂停' } }).texts;
  expect(windowScreenText(w({ current: ticket('called') }), own, true)).toBe('A001 请到 3 号');
  expect(windowScreenText(w({ status: 'closed' }), own, false)).toBe('本窗口暂停');
  expect(fill('{hall}{x}{number}', { hall: '大厅' })).toBe('大厅{x}');
  const view = {
    hallName: '通办中心',
    businessDay: '',
    windows: [],
    waiting: {},
    recentCalls: [1, 2, 3, 4].map((n) => ({ number: `A00${n}`, windowNo: n, at: '', recall: 0 })),
    screenNotice: '',
    kioskLanguages: [],
    timeZone: 'Asia/Shanghai',
  };
  expect(hallScreenText(view, texts, 2)).toBe('请A001号到1号窗口  请A002号到2号窗口');
  expect(hallScreenText({ ...view, recentCalls: [] }, texts, 2)).toBe('通办中心 欢迎您');
});

test('keypad keys as one hall command each: 呼叫 and 暂停 finish first in the core (window.finishThen); refusals say why', () => {
  const config = busConfigSchema.parse({});
  const busy = w({ current: ticket('serving') });
  // Finishing the current ticket and calling the next (or pausing) is one command, one transaction:
  // what it does is tested in test/core/keypad-principal.test.ts.
  expect(stepForKey('call', busy, config)).toEqual({ command: 'window.finishThen', input: { window: 3, then: 'callNext' } });
  expect(stepForKey('call', w({ status: 'paused' }), config)).toEqual({ command: 'window.finishThen', input: { window: 3, then: 'callNext' } });
  expect(stepForKey('pause', busy, config)).toEqual({ command: 'window.finishThen', input: { window: 3, then: 'pause', reason: 'other' } });
  expect(stepForKey('pause', w({ status: 'paused' }), config)).toEqual({ command: 'window.resume', input: { window: 3 } });
  expect(stepForKey('cancel', w({}), config)).toEqual({ refuse: 'nothing to cancel' });
  expect(stepForKey('transfer', busy, config)).toEqual({ refuse: 'no transfer target configured (bus.transferTo)' });
  expect(stepForKey('transfer', busy, busConfigSchema.parse({ transferTo: 'Z' }))).toEqual({
    command: 'window.transfer',
    input: { window: 3, serviceId: 'Z' },
  });
  expect(stepForKey('rate', busy, config)).toEqual({ command: 'window.inviteRating', input: { window: 3 } });
  expect(stepForKey('noShow', busy, config)).toEqual({ command: 'window.noShow', input: { window: 3 } });
  expect(stepForKey('recall', busy, config)).toEqual({ command: 'window.recall', input: { window: 3 } });
});

test('the example in docs/API.md is a valid devices config', async () => {
  const { readFileSync } = await import('node:fs');
  const doc = readFileSync('docs/API.md', 'utf8');
  const section = doc.slice(doc.indexOf('## RS-485 hall bus'));
  const json = /```json\n([\s\S]*?)```/.exec(section)![1]!;
  const bus = parseDevicesConfig(JSON.parse(json), 'docs/API.md').bus!;
  expect(bus.led.map((l) => l.dialect)).toEqual(['bx5k', 'strip']);
  expect(bus.keypads[0]!.evaluators[0]).toEqual({ window: 3, address: 13, keys: 5 });
});
