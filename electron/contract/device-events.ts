// The device layer's events (zod-free: the preload bundles the event maps).
import type { DeviceStatus, PrintResult } from './device-views';
import { event } from './event-spec';

export const deviceEvents = {
  /** A device connected, disconnected, changed state or failed; carries every device's status. */
  'device.status': event<DeviceStatus[]>(),
  /** A ticket was printed, or could not be. */
  'print.result': event<PrintResult>(),
} as const;
