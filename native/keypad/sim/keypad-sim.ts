// Simulated keypads and evaluators on one bus, speaking FT68 as the real units do: a press is sent,
// and sent again after 250 ms without the host's echo, up to 3 more times. Each unit keeps what its
// display shows and how often it beeped. Echoes can be "lost" on purpose to exercise the host's
// duplicate filter, and raw bytes (noise, bad frames) can be injected.
import { EventEmitter } from 'node:events';
import type { Transport } from '../../transport/transport';
import { displayText, encodeFt68, FT68, keyFrame, type Ft68Frame } from '../ft68';
import { Ft68Reader } from '../ft68-reader';
import { keyBytes, type KeyName } from '../keys';

export const RETRY_AFTER_MS = 250;
export const MAX_RETRIES = 3;

export interface SimUnit {
  address: number;
  kind: 'keypad' | 'evaluator';
  /** The six display cells as text ('' before the host sent any). */
  display: string;
  beeps: number;
  presses: number;
  retries: number;
  /** Presses that never got an echo after all retries. */
  unacknowledged: number;
}

export interface PressResult {
  acknowledged: boolean;
  attempts: number;
}

export class KeypadBusSim extends EventEmitter<{ updated: [unit: SimUnit] }> {
  readonly units = new Map<number, SimUnit>();
  private readonly reader: Ft68Reader;
  private pending: { raw: Buffer; acked: () => void } | null = null;
  private lostEchoes = 0;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly transport: Transport,
    units: { address: number; kind: 'keypad' | 'evaluator' }[],
  ) {
    super();
    for (const u of units) this.units.set(u.address, { ...u, display: '', beeps: 0, presses: 0, retries: 0, unacknowledged: 0 });
    this.reader = new Ft68Reader((frame, raw) => this.onHostFrame(frame, raw));
    transport.on('data', (chunk) => this.reader.push(chunk));
  }

  /** The next `n` echoes from the host are lost on the way (the device will retry). */
  loseEchoes(n: number): void {
    this.lostEchoes += n;
  }

  press(address: number, key: KeyName): Promise<PressResult> {
    return this.send(address, keyFrame(address, keyBytes(key)));
  }

  /** An evaluator key: 0 非常满意 … 4 非常不满意. */
  evaluate(address: number, value: number): Promise<PressResult> {
    return this.send(address, encodeFt68({ address, control: FT68.evaluation, data: Buffer.from([value]) }));
  }

  /** Raw bytes onto the bus (noise, corrupted frames). */
  inject(bytes: Uint8Array): Promise<void> {
    return this.transport.write(bytes);
  }

  /** One press at a time per bus, as one half-duplex line allows. */
  private send(address: number, raw: Buffer): Promise<PressResult> {
    const run = this.chain.then(() => this.sendNow(address, raw));
    this.chain = run.catch(() => {});
    return run;
  }

  private async sendNow(address: number, raw: Buffer): Promise<PressResult> {
    const unit = this.units.get(address);
    if (!unit) throw new Error(`no simulated unit at address ${address}`);
    unit.presses++;
    for (let attempt = 1; attempt <= 1 + MAX_RETRIES; attempt++) {
      if (attempt > 1) unit.retries++;
      const acked = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), RETRY_AFTER_MS);
        this.pending = { raw, acked: () => (clearTimeout(timer), resolve(true)) };
      });
      if (this.transport.connected) await this.transport.write(raw).catch(() => {});
      const ok = await acked;
      this.pending = null;
      if (ok) return this.done(unit, { acknowledged: true, attempts: attempt });
    }
    unit.unacknowledged++;
    return this.done(unit, { acknowledged: false, attempts: 1 + MAX_RETRIES });
  }

  private done(unit: SimUnit, result: PressResult): PressResult {
    this.emit('updated', unit);
    return result;
  }

  private onHostFrame(frame: Ft68Frame, raw: Buffer): void {
    if (this.pending?.raw.equals(raw)) {
      if (this.lostEchoes > 0) this.lostEchoes--;
      else this.pending.acked();
      return;
    }
    const unit = this.units.get(frame.address);
    if (!unit) return;
    if (frame.control === FT68.display && frame.data.length === 6) unit.display = displayText(frame.data);
    else if (frame.control === FT68.beep) unit.beeps += frame.data[0] ?? 1;
    else return;
    this.emit('updated', unit);
  }
}
