// The hall's notices and the kiosk's languages: the configuration's settings slice. The queue's public
// view and the ticket printer read them through the queue's NoticeBoard (they start before this
// capability); a change of what the screens show pushes hall.changed, the printer reads at each ticket.
import { defaultHallNotices, hallFields } from '../contract';
import type { SettingsStore } from '../core/settings-store';
import type { NoticeBoard } from '../core/notice-board';

export const noticeSettings = {
  ticketNotice: hallFields.ticketNotice.default(defaultHallNotices.ticketNotice),
  screenNotice: hallFields.screenNotice.default(defaultHallNotices.screenNotice),
  kioskLanguages: hallFields.kioskLanguages.default(defaultHallNotices.kioskLanguages),
};

/** Provides the notices to the board and pushes hall.changed when what the screens show changes. */
export function postNotices(settings: Pick<SettingsStore<typeof noticeSettings>, 'get' | 'watch'>, board: NoticeBoard, hallChanged: () => void): void {
  board.provide(() => ({
    ticketNotice: settings.get('ticketNotice'),
    screenNotice: settings.get('screenNotice'),
    kioskLanguages: settings.get('kioskLanguages'),
  }));
  for (const key of ['screenNotice', 'kioskLanguages'] as const) settings.watch(key, hallChanged);
}
