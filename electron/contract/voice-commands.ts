// Commands of the voice capability: every screen reads the voice settings (the hall screen and the
// kiosk follow them live, pushed as voice.changed); the manager changes them and lists the clips.
import { z } from 'zod';
import { command } from './command-spec';
import { voiceFields, voiceOutputField, type VoiceClipsView, type VoiceSettingsView } from './voice-views';

export const voiceCommands = {
  'voice.settings': command<VoiceSettingsView>()('public', z.strictObject({})),
  /** Changes what is given, keeps the rest (a role's volume alone, say). */
  'voice.saveSettings': command<VoiceSettingsView>()(
    ['admin'],
    z.strictObject({
      english: voiceFields.english.optional(),
      caller: voiceOutputField.partial().optional(),
      kiosk: voiceOutputField.partial().optional(),
    }),
  ),
  'voice.clips': command<VoiceClipsView>()(['admin'], z.strictObject({})),
} as const;
