// A simulated LED panel: every screen on one bus, as the bytes on the wire leave them. It decodes
// frames of its dialect exactly as a controller would (bad frames are counted and ignored), keeps
// what each screen shows, and for bx5k answers like a BX-5K controller. Screens can be switched off
// (no answer) to exercise the host's timeouts and retries.
import { EventEmitter } from 'node:events';
import type { Transport } from '../../transport/transport';
import { wireTimeMs } from '../../transport/wire-scheduler';
import { BX, bxAnswer, encodeBx, isCommand, type BxFrame } from '../bx5k';
import { BX_DISPLAY, parseBxDynamicArea } from '../bx5k-area';
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
  /** bx5k: the error a controller refuses every command with (0: it obeys). */
  refuseWith: number;
  /** bx5k: the last dynamic area's pixel box, as the controller read it. */
  area: { x: number; y: number; width: number; height: number } | null;
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
    for (const s of screens)
      this.screens.set(s.address, {
        ...s,
        hall: s.hall ?? false,
        text: '',
        scroll: false,
        frames: 0,
        updatedAt: null,
        powered: true,
        refuseWith: 0,
        area: null,
      });
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

  /** A powered screen that refuses (NACK with `error`) every command from now on; 0 makes it obey again. */
  setRefusing(address: number, error: number): void {
    const screen = this.screens.get(address);
    if (screen) screen.refuseWith = error;
  }

  private onBx(frame: BxFrame): void {
    const screen = this.screens.get(frame.dst);
    if (!screen?.powered) return;
    const data = frame.data;
    const received = encodeBx(frame).length;
    if (screen.refuseWith !== 0) return this.answer(screen, screen.refuseWith, received);
    if (isCommand(data, BX.text)) {
      const area = parseBxDynamicArea(data);
      if (!area) return this.answer(screen, 0x01, received); // a controller refuses a record it cannot read
      screen.area = { x: area.x, y: area.y, width: area.width, height: area.height };
      this.update(screen, decodeGb2312(area.text), area.display === BX_DISPLAY.left);
      this.answer(screen, 0, received);
    } else if (isCommand(data, BX.clear)) {
      this.update(screen, '', false);
      this.answer(screen, 0, received);
    } else if (isCommand(data, BX.ping)) {
      this.answer(screen, 0, received);
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

  private answer(screen: SimScreen, error: number, receivedBytes: number): void {
    const answer = bxAnswer(screen.address, error);
    const send = () => {
      if (this.transport.connected) this.transport.write(answer).catch(() => {});
    };
    if (this.baud === null) send();
    else setTimeout(send, wireTimeMs(receivedBytes + answer.length, this.baud));
  }
}
