// The hall's notices and the kiosk's languages are the configuration's settings (config/hall-notices.ts),
// but the queue's public view (hall.get) and the ticket printer (DevicePort) start before it and read
// them here: the configuration provides the source when it starts; until then nothing is noticed.
import { defaultHallNotices, type HallNotices } from '../contract';

export class NoticeBoard {
  private source: () => HallNotices = () => defaultHallNotices;

  provide(source: () => HallNotices): void {
    this.source = source;
  }

  read(): HallNotices {
    return this.source();
  }
}
