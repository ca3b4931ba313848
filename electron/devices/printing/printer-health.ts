// What the hall knows about its ticket printer, from every status answer and print outcome: the
// console's device row (state, connected, last heard, last fault, counters). Changes of state are
// logged once each, so paper running low is in the log before it runs out.
import type { DeviceStatus, PrinterState } from '../../contract';
import type { PrinterState as NativePrinterState, StatusReading } from '../../../native/printer/status';

/** native/printer has its own states (it imports nothing from the contract): each maps to the contract's. */
const contractState: Record<NativePrinterState, PrinterState> = {
  ok: 'ok',
  near_end: 'near_end',
  paper_out: 'paper_out',
  cover_open: 'cover_open',
  offline: 'offline',
};

/** A console showing "last heard 09:00" need not be told every poll. */
const LAST_SEEN_PUSH_MS = 60_000;

const NOT_ASKED = 'not asked yet';

export type Counter = 'printed' | 'failed' | 'retries' | 'reprints';

export class PrinterHealth {
  private state: PrinterState = 'offline';
  private connected = false;
  private lastSeen: string | null = null;
  private error: string | null = NOT_ASKED;
  private pushedSeen = 0;
  private readonly counters: Record<Counter, number> = { printed: 0, failed: 0, retries: 0, reprints: 0 };

  constructor(
    private readonly port: string,
    private readonly log: (message: string) => void,
    private readonly changed: () => void,
  ) {}

  get printerState(): PrinterState {
    return this.state;
  }

  /**
   * Takes a status reading (a poll, or the answers around a print). Pushes a change when the state,
   * link or fault changed, and otherwise at most every LAST_SEEN_PUSH_MS just to move "last heard".
   */
  update(reading: StatusReading, now: Date): void {
    const before = this.essentials();
    const why = reading.error ? ` (${reading.error})` : '';
    if (this.lastSeen === null && this.error === NOT_ASKED) this.log(`printer ${this.port}: ${reading.state}${why}`);
    else if (contractState[reading.state] !== this.state) this.log(`printer ${this.port}: ${this.state} → ${reading.state}${why}`);
    this.state = contractState[reading.state];
    this.connected = reading.answered || reading.state !== 'offline';
    this.error = reading.error;
    if (reading.answered) this.lastSeen = now.toISOString();
    const stale = this.lastSeen !== null && now.getTime() - this.pushedSeen >= LAST_SEEN_PUSH_MS;
    if (this.essentials() !== before || stale) {
      this.pushedSeen = now.getTime();
      this.changed();
    }
  }

  private essentials(): string {
    return JSON.stringify([this.state, this.connected, this.error]);
  }

  count(counter: Counter, by = 1): void {
    this.counters[counter] += by;
    this.changed();
  }

  view(): DeviceStatus {
    return {
      id: 'printer',
      kind: 'printer',
      port: this.port,
      connected: this.connected,
      printer: this.state,
      lastSeen: this.lastSeen,
      error: this.error,
      counters: { ...this.counters },
    };
  }
}
