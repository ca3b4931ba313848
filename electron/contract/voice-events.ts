// The voice capability's events (zod-free: the preload bundles the event maps).
import { event } from './event-spec';
import type { VoiceSettingsView } from './voice-views';

export const voiceEvents = {
  /** The manager changed the voice settings: the hall screen and the kiosk apply them at once. */
  'voice.changed': event<VoiceSettingsView>(),
} as const;
