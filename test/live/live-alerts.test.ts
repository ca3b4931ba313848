// The live view's alerts as a pure function (electron/live/live-alerts.ts): device faults, backups and
// the upstream sync (failed, set aside, overdue), which a driven hall cannot easily produce.
import { expect, test } from 'vitest';
import type { DeviceStatus, SyncStatusView } from '../../electron/contract';
import { dayBefore, liveAlerts, type AlertInputs } from '../../electron/live/live-alerts';

const NOW = Date.parse('2026-11-23T09:00:00+08:00');
const noSync: AlertInputs['sync'] = { configured: false, waiting: [], setAside: [], failures: [], window: null };
const base: AlertInputs = {
  staffing: [],
  services: [],
  maxWaitMinutes: 30,
  now: NOW,
  devices: [],
  backup: [],
  sync: noSync,
  today: '2026-11-23',
  timeOfDay: '09:00',
};
const device = (d: Partial<DeviceStatus>): DeviceStatus => ({
  id: 'printer',
  kind: 'printer',
  port: 'tcp://x',
  connected: true,
  lastSeen: null,
  error: null,
  ...d,
});
const sync = (s: Partial<SyncStatusView>): AlertInputs['sync'] => ({ ...noSync, configured: true, window: { start: '01:00', end: '05:00' }, ...s });

test('a healthy hall has no alert', () => {
  expect(liveAlerts({ ...base, devices: [device({ printer: 'ok' }), device({ id: 'led-bus', kind: 'bus' })] })).toEqual([]);
});

test('device faults: disconnected, a fault code, an error, paper out or near its end', () => {
  const alerts = liveAlerts({
    ...base,
    devices: [
      device({ printer: 'paper_out', fault: 'paper_out' }),
      device({ id: 'printer-2', printer: 'near_end' }),
      device({ id: 'led-bus', kind: 'bus', connected: false, fault: 'link_lost', error: 'gone' }),
      device({ id: 'keypad-bus', kind: 'bus', error: 'write timed out' }),
      device({ id: 'led:3', kind: 'led' }),
      device({ id: 'keypads', kind: 'keypad', connected: false }),
    ],
  });
  expect(alerts).toEqual([
    { kind: 'device_fault', deviceId: 'printer', deviceKind: 'printer', connected: true, fault: 'paper_out', printer: 'paper_out' },
    { kind: 'device_fault', deviceId: 'printer-2', deviceKind: 'printer', connected: true, fault: null, printer: 'near_end' },
    { kind: 'device_fault', deviceId: 'led-bus', deviceKind: 'bus', connected: false, fault: 'link_lost', printer: null },
    { kind: 'device_fault', deviceId: 'keypad-bus', deviceKind: 'bus', connected: true, fault: null, printer: null },
    { kind: 'device_fault', deviceId: 'keypads', deviceKind: 'keypad', connected: false, fault: null, printer: null },
  ]);
});

test('backups: each backup alert', () => {
  expect(liveAlerts({ ...base, backup: ['failed', 'disk_low'] })).toEqual([
    { kind: 'backup', alert: 'failed' },
    { kind: 'backup', alert: 'disk_low' },
  ]);
});

test('sync: nothing when no upstream is configured, whatever waits', () => {
  expect(liveAlerts({ ...base, sync: { ...noSync, waiting: ['2026-11-01'] } })).toEqual([]);
});

test('sync: yesterday waiting is normal until the night window ended; older days are overdue; failures and set-aside days fail', () => {
  expect(liveAlerts({ ...base, timeOfDay: '04:59', sync: sync({ waiting: ['2026-11-22'] }) })).toEqual([]);
  expect(liveAlerts({ ...base, timeOfDay: '05:00', sync: sync({ waiting: ['2026-11-22'] }) })).toEqual([{ kind: 'sync_overdue', day: '2026-11-22' }]);
  expect(liveAlerts({ ...base, timeOfDay: '04:00', sync: sync({ waiting: ['2026-11-21', '2026-11-22'] }) })).toEqual([
    { kind: 'sync_overdue', day: '2026-11-21' },
  ]);
  const failing = sync({
    waiting: ['2026-11-21', '2026-11-22'],
    failures: [{ day: '2026-11-21', error: 'HTTP 500', at: '2026-11-22T18:00:00Z' }],
    setAside: [{ day: '2026-11-19', error: 'rejected' }],
  });
  expect(liveAlerts({ ...base, timeOfDay: '10:00', sync: failing })).toEqual([
    { kind: 'sync_failed', day: '2026-11-19' },
    { kind: 'sync_failed', day: '2026-11-21' },
    { kind: 'sync_overdue', day: '2026-11-22' },
  ]);
});

test('the order: staffing, waits, devices, backups, sync', () => {
  const alerts = liveAlerts({
    ...base,
    staffing: [{ kind: 'no_window_open' }],
    services: [
      { id: 'A', prefix: 'A', name: { 'zh-CN': '', 'zh-TW': '', en: '' }, waiting: 1, longestWaitingSince: new Date(NOW - 31 * 60_000).toISOString() },
    ],
    devices: [device({ connected: false })],
    backup: ['missing'],
    sync: sync({ waiting: ['2026-11-01'] }),
  });
  expect(alerts.map((a) => a.kind)).toEqual(['no_window_open', 'wait_over_target', 'device_fault', 'backup', 'sync_overdue']);
});

test('dayBefore crosses months and years', () => {
  expect(dayBefore('2026-03-01')).toBe('2026-02-28');
  expect(dayBefore('2027-01-01')).toBe('2026-12-31');
});
