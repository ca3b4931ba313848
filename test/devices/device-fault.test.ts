// A device's fault as a code the screens translate, from what its driver reported.
import { expect, test } from 'vitest';
import type { DeviceStatus } from '../../electron/contract';
import { deviceFaultOf } from '../../electron/devices/device-fault';

const status = (error: string | null, extra: Partial<DeviceStatus> = {}): DeviceStatus => ({
  id: 'x',
  kind: 'bus',
  port: '/dev/ttyUSB0',
  connected: error === null,
  lastSeen: null,
  error,
  ...extra,
});

test.each([
  [status(null), null],
  [status('printer is out of paper', { kind: 'printer', printer: 'paper_out' }), 'paper_out'],
  [status('printer cover is open', { kind: 'printer', printer: 'cover_open' }), 'cover_open'],
  [status('printer did not answer the status query', { kind: 'printer', printer: 'offline' }), 'printer_offline'],
  [status('print queue full (5 waiting)', { kind: 'printer', printer: 'ok' }), 'other'],
  [status('not_connected: not connected yet'), 'not_connected'],
  [status('link_lost: adapter removed'), 'link_lost'],
  [status('write_timeout: a write is past its deadline'), 'write_timeout'],
  [status('refused: error 0x05', { kind: 'led' }), 'refused'],
  [status('no answer after 3 attempts', { kind: 'led' }), 'no_answer'],
  [status('EACCES: permission denied'), 'other'],
] as const)('%j → %s', (s, fault) => {
  expect(deviceFaultOf(s)).toBe(fault);
});
