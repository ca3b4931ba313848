// The hall's voice settings (on/off and volume per window role, the languages calls are announced
// in), kept live by voice.changed: a manager's change is heard at the next phrase, without a reload.
import type { VoiceSettingsView } from '../../../electron/contract';
import { useLiveQuery } from './useLiveQuery';

const takePushed = { name: 'voice.changed' as const, apply: (view: VoiceSettingsView) => view };

export function useVoiceSettings(): VoiceSettingsView | null {
  return useLiveQuery('voice.settings', {}, takePushed).value;
}
