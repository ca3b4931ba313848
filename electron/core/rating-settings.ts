// The 好差评 settings as the manager reads and changes them (ratings.settings / ratings.configure),
// mapped onto the hall's settings store keys (settings.ts).
import type { RatingSettings } from '../contract';
import type { CoreSettingSpecs } from './settings';
import type { SettingsStore } from './settings-store';
import type { WaitRule } from './rating-wait';

export function ratingSettingsOf(s: SettingsStore<CoreSettingSpecs>): RatingSettings {
  return {
    timeoutSeconds: s.get('ratingTimeoutSeconds'),
    maxSeconds: s.get('ratingMaxSeconds'),
    defaultLevel: s.get('ratingDefaultLevel'),
    blockCallUntilRated: s.get('blockCallUntilRated'),
    followUpDueDays: s.get('followUpDueDays'),
  };
}

export function configureRatings(s: SettingsStore<CoreSettingSpecs>, change: Partial<RatingSettings>): RatingSettings {
  s.update({
    ratingTimeoutSeconds: change.timeoutSeconds,
    ratingMaxSeconds: change.maxSeconds,
    ratingDefaultLevel: change.defaultLevel,
    blockCallUntilRated: change.blockCallUntilRated,
    followUpDueDays: change.followUpDueDays,
  });
  return ratingSettingsOf(s);
}

/** The wait rule (rating-wait.ts) of the hall's current settings, in milliseconds. */
export function waitRuleOf(s: SettingsStore<CoreSettingSpecs>): WaitRule {
  return { timeoutMs: s.get('ratingTimeoutSeconds') * 1000, maxMs: s.get('ratingMaxSeconds') * 1000, blockCall: s.get('blockCallUntilRated') };
}
