// What the kiosk says for a check-in that issued nothing (or a missed slot's normal ticket), in plain words.
import type { TFunction } from 'i18next';
import type { CheckInResult } from '../../../../electron/contract';

export type CheckInNotice = Exclude<CheckInResult, { outcome: 'issued' }>;

export function checkInMessage(t: TFunction, result: CheckInNotice, byPhone: boolean): string {
  switch (result.outcome) {
    case 'late':
      return t('appointments.kiosk.late', { start: result.start, end: result.end, number: result.ticket.number });
    case 'early':
      return t('appointments.kiosk.early', { start: result.start, end: result.end, from: result.checkInFrom });
    case 'used':
      return result.ticketNumber ? t('appointments.kiosk.usedNumber', { number: result.ticketNumber }) : t('appointments.kiosk.used');
    case 'cancelled':
      return t('appointments.kiosk.cancelled');
    case 'other_day':
      return t('appointments.kiosk.otherDay', { date: result.date, start: result.start });
    case 'unknown':
      return byPhone ? t('appointments.kiosk.unknownPhone') : t('appointments.kiosk.unknownCode');
  }
}
