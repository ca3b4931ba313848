// Speaks the pad's prompts from recorded clips (resources/voice/rating, replaceable by the hall; never
// network TTS). One clip at a time: a new prompt stops the one before.
import { useCallback, useEffect, useRef } from 'react';

export type PadClip = 'prompt' | 'reasons' | 'thanks';

export function useVoice(): (clip: PadClip) => void {
  const playing = useRef<HTMLAudioElement | null>(null);
  useEffect(() => () => playing.current?.pause(), []);
  return useCallback((clip: PadClip) => {
    playing.current?.pause();
    // Relative, so it resolves both at /pad (LAN server) and at file://…/renderer/pad.html (the app).
    const audio = new Audio(`voice/rating/${clip}.wav`);
    playing.current = audio;
    document.documentElement.dataset.voice = clip; // the last clip asked for, for support and tests
    // A browser may refuse sound before anyone touched the screen: the screen still says everything.
    void audio.play().catch(() => {});
  }, []);
}
