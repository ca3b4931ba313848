// The voice capability's settings slice: English announcements on or off, and each window role's
// voice (the hall screen's announcements, the kiosk's) on or off with its volume.
import { defaultVoiceSettings, voiceFields, type VoiceSettingsView } from '../contract';
import type { SettingsStore } from '../core/settings-store';

export const voiceSettings = {
  voiceEnglish: voiceFields.english.default(defaultVoiceSettings.english),
  voiceCaller: voiceFields.caller.default(defaultVoiceSettings.caller),
  voiceKiosk: voiceFields.kiosk.default(defaultVoiceSettings.kiosk),
};

export const voiceSettingKeys = Object.keys(voiceSettings) as (keyof typeof voiceSettings)[];

export function voiceSettingsView(settings: Pick<SettingsStore<typeof voiceSettings>, 'get'>): VoiceSettingsView {
  const english = settings.get('voiceEnglish');
  return { english, languages: english ? ['zh-CN', 'en'] : ['zh-CN'], caller: settings.get('voiceCaller'), kiosk: settings.get('voiceKiosk') };
}
