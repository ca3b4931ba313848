// A simulated LED panel: every screen on one bus, as the bytes on the wire leave them. It decodes
// frames of its dialect exactly as a controller would (bad frames are counted and ignored), keeps
// what each screen shows, and for bx5k answers like a BX-5K controller. Screens can be switched off
// (no answer) to exercise the host's timeouts and retries.
import { EventEmitter } from 'node:events';
import type { Transport } from '../../transport/transport';
import { wireTimeMs } from '../../transport/wire-scheduler';
import { BX, BX_MODE, bxAnswer, encodeBx, isCommand, type BxFrame } from '../bx5k';
import { BxReader } from '../bx5k-reader';
import type { LedDialectName } from '../dialects';
import { decodeGb2312, displayCells } from '../gb2312';
import { StripReader } from '../strip-reader';
import type { StripFrame } from '../strip';

export interface SimScreenConfig {
  address: number;
  /** Label for pictures and the sim page, e.g. '3号窗口' or '大厅'. */
  label: string;
  widthCells: number;
  hall?: boolean;
}

export interface SimScreen extends SimScreenConfig {
  text: string;
  /** bx5k: the display mode asked for; strip: the screen scrolls whatever does not fit. */
  scroll: boolean;
  frames: number;
  updatedAt: Date | null;
  powered: boolean;
}

export class LedPanelSim extends EventEmitter<{ shown: [screen: SimScreen] }> {
  readonly screens = new Map<number, SimScreen>();
  private readonly reader: BxReader | StripReader;

  /**
   * With `baud`, a controller's answer is delayed by the time the host's frame and the answer itself
   * would take on a real wire at that baud (a PTY or TCP delivers them at once): timing figures
   * measured against the simulator then include the answers' share of the wire.
   */
  constructor(
    readonly transport: Transport,
    readonly dialect: LedDialectName,
    screens: SimScreenConfig[],
    private readonly baud: number | null = null,
  ) {
    super();
    for (const s of screens) this.screens.set(s.address, { ...s, hall: s.hall ?? false, text: '', scroll: false, frames: 0, updatedAt: null, powered: true });
    this.reader = dialect === 'bx5k' ? new BxReader((f) => this.onBx(f)) : new StripReader((f) => this.onStrip(f));
    transport.on('data', (chunk) => this.reader.push(chunk));
  }

  get counters() {
    return this.reader.counters;
  }

  /** What screen `address` shows now ('' when blank or unknown). */
  text(address: number): string {
    return this.screens.get(address)?.text ?? '';
  }

  /** A switched-off screen neither shows nor answers anything. */
  setPowered(address: number, powered: boolean): void {
    const screen = this.screens.get(address);
    if (!screen) return;
    screen.powered = powered;
    if (!powered) this.update(screen, '', false, false);
  }

  private onBx(frame: BxFrame): void {
    const screen = this.screens.get(frame.dst);
    if (!screen?.powered) return;
    const data = frame.data;
    const received = encodeBx(frame).length;
    if (isCommand(data, BX.text)) {
      const length = data.readUInt16LE(9);
      this.update(screen, decodeGb2312(data.subarray(11, 11 + length)), data[6] === BX_MODE.scrollLeft);
      this.answer(screen, BX.text, received);
    } else if (isCommand(data, BX.clear)) {
      this.update(screen, '', false);
      this.answer(screen, BX.clear, received);
    } else if (isCommand(data, BX.ping)) {
      this.answer(screen, BX.ping, received);
    }
  }

  private onStrip(frame: StripFrame): void {
    const screen = this.screens.get(frame.address);
    if (!screen?.powered) return;
    const text = decodeGb2312(frame.text);
    this.update(screen, text, displayCells(text) > screen.widthCells);
  }

  private update(screen: SimScreen, text: string, scroll: boolean, counted = true): void {
    screen.text = text;
    screen.scroll = scroll;
    if (counted) {
      screen.frames++;
      screen.updatedAt = new Date();
    }
    this.emit('shown', screen);
  }

  private answer(screen: SimScreen, command: readonly [number, number], receivedBytes: number): void {
    const answer = bxAnswer(screen.address, command);
    const send = () => {
      if (this.transport.connected) this.transport.write(answer).catch(() => {});
    };
    if (this.baud === null) send();
    else setTimeout(send, wireTimeMs(receivedBytes + answer.length, this.baud));
  }
}
