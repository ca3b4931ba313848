// The hours capability's settings slice: the weekly schedule, the year's holidays and make-up days,
// per-service exceptions, the kiosk's cutoff and the phone number shown on the closed screen. With no
// period set on any weekday the hall is open at all hours (a new hall, the demo hall, the test halls).
import { defaultHours, hoursFields, type HoursSettingsView } from '../contract';
import type { HallSchedule } from '../shared/calendar/schedule';
import { isConfigured } from '../shared/calendar/schedule';
import type { SettingsStore } from '../core/settings-store';

export const hoursSettings = {
  hoursWeekly: hoursFields.weekly.default(defaultHours.weekly),
  hoursHolidays: hoursFields.holidays.default(defaultHours.holidays),
  hoursMakeupDays: hoursFields.makeupDays.default(defaultHours.makeupDays),
  hoursExceptions: hoursFields.exceptions.default(defaultHours.exceptions),
  hoursCutoffMinutes: hoursFields.cutoffMinutes.default(defaultHours.cutoffMinutes),
  hoursPhone: hoursFields.phone.default(defaultHours.phone),
};

export const hoursSettingKeys = Object.keys(hoursSettings) as (keyof typeof hoursSettings)[];

/** The pure model's schedule, read from the store now (never kept: a save applies at once). */
export function scheduleOf(s: Pick<SettingsStore<typeof hoursSettings>, 'get'>): HallSchedule {
  return {
    weekly: s.get('hoursWeekly'),
    calendar: { holidays: s.get('hoursHolidays'), makeupDays: s.get('hoursMakeupDays') },
    exceptions: s.get('hoursExceptions'),
    cutoffMinutes: s.get('hoursCutoffMinutes'),
  };
}

export function hoursSettingsView(s: Pick<SettingsStore<typeof hoursSettings>, 'get'>, timeZone: string): HoursSettingsView {
  const schedule = scheduleOf(s);
  return {
    weekly: schedule.weekly,
    holidays: [...schedule.calendar.holidays],
    makeupDays: [...schedule.calendar.makeupDays],
    exceptions: schedule.exceptions,
    cutoffMinutes: schedule.cutoffMinutes,
    phone: s.get('hoursPhone'),
    configured: isConfigured(schedule),
    timeZone,
  };
}
