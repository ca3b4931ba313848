// The hall screen's real voice: a call's announcement (the chime, the phrase twice per language, from
// electron/shared/voice) as the bundled clips' URLs, played by the shared clip player. Clips the
// manifest lacks are left out and reported (the console shows the problem); the nominal length is what
// the sequence adds up to, so a screen that cannot play keeps the same pace.
import type { CallView } from '../../../electron/contract';
import { announcement, clipUrl, missingClips, presentClips, sequenceDurationMs, voiceManifest, type VoiceLang } from '../../../electron/shared/voice';
import { playClips } from '../shared/clip-player';
import { NOMINAL_ANNOUNCEMENT_MS, type Announcer, type Timers } from './announcer';
import { clipAnnouncer, type ClipSequence, type PlayerEvent } from './clip-announcer';

export function callSequence(call: CallView, languages: readonly VoiceLang[]): ClipSequence {
  const ids = announcement({ number: call.number, windowNo: call.windowNo }, languages);
  const present = presentClips(voiceManifest, ids);
  return {
    urls: present.map(clipUrl),
    missing: missingClips(voiceManifest, ids),
    nominalMs: sequenceDurationMs(voiceManifest, ids) || NOMINAL_ANNOUNCEMENT_MS,
  };
}

export interface VoiceOptions {
  timers: Timers;
  /** The languages a call is said in (zh-CN always first); English only where the hall enables it. */
  languages(): readonly VoiceLang[];
  volume?(): number;
  muted?(): boolean;
  onPlayerEvent(call: CallView, event: PlayerEvent): void;
}

export function hallScreenVoice(options: VoiceOptions): Announcer {
  return clipAnnouncer({
    sequence: (call) => callSequence(call, options.languages()),
    play: playClips,
    timers: options.timers,
    volume: options.volume,
    muted: options.muted,
    onPlayerEvent: options.onPlayerEvent,
  });
}
