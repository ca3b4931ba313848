// The voice settings and the clip list (the voice capability, electron/voice/): what the hall screen
// and the kiosk say, how loud, and which clips are the hall's own recordings.
import { z } from 'zod';
import type { ClipGroup, VoiceLang } from '../shared/voice/manifest';

/** One window role's voice: on or off, and its volume in percent. */
export const voiceOutputField = z.strictObject({ on: z.boolean(), volume: z.number().int().min(0).max(100) });

/** The voice settings (the capability's slice; voice.saveSettings changes any part of them). */
export const voiceFields = {
  /** Calls are announced in Mandarin always, and in English too when this is on. */
  english: z.boolean(),
  /** The hall screen's announcements (caller window). */
  caller: voiceOutputField,
  /** The kiosk: the ticket read aloud, the home screen's speaker button. */
  kiosk: voiceOutputField,
};

export const defaultVoiceSettings = {
  english: false,
  caller: { on: true, volume: 100 },
  kiosk: { on: true, volume: 80 },
};

export interface VoiceOutput {
  on: boolean;
  volume: number;
}

export interface VoiceSettingsView {
  english: boolean;
  /** The languages calls are announced in, in order: zh-CN, then en when enabled. */
  languages: VoiceLang[];
  caller: VoiceOutput;
  kiosk: VoiceOutput;
}

export interface VoiceClipView {
  /** `zh-CN/qing`: the clip's id, its URL is voice/<id>.wav. */
  id: string;
  group: ClipGroup;
  name: string;
  text: string;
  /** The bundled clip's length (a hall's own recording may differ). */
  durationMs: number;
  /** Under voice/ (and under the hall's folder, for its own recording). */
  file: string;
  /** `hall`: the hall's own recording (DATA/voice/<file>) is played; `bundled`: the placeholder shipped with the app. */
  source: 'hall' | 'bundled';
}

export interface VoiceClipsView {
  /** Where the hall puts its own recordings. */
  hallFolder: string;
  clips: VoiceClipView[];
  /** Files in the hall's folder that are no clip's name (never played: a typo?). */
  unknownFiles: string[];
}
