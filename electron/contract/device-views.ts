// What clients see of the hall's devices: the ticket printer, the LED screens and keypads on the
// RS-485 buses. Plain data, JSON-safe.

export const printerStates = ['ok', 'near_end', 'paper_out', 'cover_open', 'offline'] as const;
/** Decoded from the printer's DLE EOT answers; 'offline' when it does not answer. */
export type PrinterState = (typeof printerStates)[number];

export type DeviceKind = 'printer' | 'led' | 'keypad' | 'evaluator' | 'bus';

/** What is wrong with a device, as a code the screens translate (devices.fault.<code>); see electron/devices/device-fault.ts. */
export const deviceFaults = [
  'paper_out',
  'cover_open',
  'printer_offline',
  'not_connected',
  'link_lost',
  'write_timeout',
  'closed',
  'refused',
  'no_answer',
  'other',
] as const;
export type DeviceFault = (typeof deviceFaults)[number];

export interface DeviceStatus {
  /** Stable id, e.g. 'printer', 'led-bus', 'keypad-bus', 'led:3'. */
  id: string;
  kind: DeviceKind;
  /** Where it is attached, e.g. 'tcp://127.0.0.1:9100' or '/dev/ttyUSB0'. */
  port: string;
  connected: boolean;
  /** The printer's paper/cover state; absent for other devices. */
  printer?: PrinterState;
  /** ISO time of the last frame or status answer received, null if never. */
  lastSeen: string | null;
  /** The last error in English words, for the log and as a detail for staff; null when healthy. */
  error: string | null;
  /** The error as a code, for the screens to say in their language (set by the device layer); null when healthy. */
  fault?: DeviceFault | null;
  /** Counters worth showing (frames sent, rejected, retries …). */
  counters?: Record<string, number>;
}

/** A ticket as the printer prints it: the console's preview, and the QR code the kiosk shows when printing failed. */
export interface TicketPrintout {
  /** null for the sample ticket of the preview. */
  ticketId: number | null;
  number: string;
  /** The QR payload printed on the ticket (ASCII); null when the printer is set to print no QR code. */
  qr: string | null;
  paperWidth: 58 | 80;
  /** The paper drawn from the exact ESC/POS bytes the printer is sent, as an SVG document. */
  svg: string;
}

/** The outcome of printing one ticket, pushed to every client (the kiosk waits for its own). */
export interface PrintResult {
  ticketId: number;
  number: string;
  ok: boolean;
  printer: PrinterState;
  /** Why it failed, in words (English, for logs); null when ok. */
  error: string | null;
  /** True when this was a reprint from the console. */
  reprint: boolean;
}
