// The kiosk's speech: the ticket read aloud after a tap, the home screen's choices on the speaker
// button, through the shared clip player, following the hall's kiosk voice setting (on/off, volume)
// live. One phrase at a time: a new one, or going home, stops the one before.
import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultVoiceSettings } from '../../../electron/contract';
import { clipUrl, type ClipId } from '../../../electron/shared/voice';
import { playClips, type Playback } from '../shared/clip-player';
import { useVoiceSettings } from '../shared/useVoiceSettings';

export type KioskPhrase = 'ticket' | 'home';

export interface KioskVoice {
  /** False while the manager has the kiosk's voice off (the speaker button is then hidden). */
  enabled: boolean;
  /** What is being said, or null. */
  speaking: KioskPhrase | null;
  speak(what: KioskPhrase, clips: ClipId[]): void;
  stop(): void;
}

export function useKioskVoice(): KioskVoice {
  const settings = useVoiceSettings();
  // Before the settings arrive (or while offline) the kiosk speaks as a new hall does.
  const kiosk = settings?.kiosk ?? defaultVoiceSettings.kiosk;
  const latest = useRef(kiosk);
  latest.current = kiosk;
  const current = useRef<Playback | null>(null);
  const [speaking, setSpeaking] = useState<KioskPhrase | null>(null);

  const stop = useCallback(() => {
    current.current?.cancel();
    current.current = null;
    setSpeaking(null);
  }, []);

  const speak = useCallback((what: KioskPhrase, clips: ClipId[]) => {
    current.current?.cancel();
    current.current = null;
    const { on, volume } = latest.current;
    if (!on) return setSpeaking(null);
    const playback = playClips(clips.map(clipUrl), {
      volume: volume / 100,
      onEvent: (event) => {
        if (event.type === 'finished' && current.current === playback) {
          current.current = null;
          setSpeaking(null);
        }
      },
    });
    current.current = playback;
    setSpeaking(what);
  }, []);

  // The manager turned the kiosk's voice off: stop at once.
  useEffect(() => {
    if (!kiosk.on) stop();
  }, [kiosk.on, stop]);
  useEffect(() => stop, [stop]);
  return { enabled: kiosk.on, speaking, speak, stop };
}
