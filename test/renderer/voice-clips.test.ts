// The pad's voice clips are there, are real PCM audio of a plausible length, and are not silent: a
// clip replaced by a broken or empty file fails here before a resident hears nothing.
import { expect, test } from 'vitest';
import { readWav } from '../support/wav';

function pcm16(file: string): { seconds: number; rms: number } {
  const wav = readWav(file);
  expect(wav.bits).toBe(16);
  return { seconds: wav.samples / wav.rate, rms: wav.rms };
}

test.each(['prompt', 'reasons', 'thanks'])('voice/rating/%s.wav is speech-length and not silent', (clip) => {
  const { seconds, rms } = pcm16(`resources/voice/rating/${clip}.wav`);
  expect(seconds).toBeGreaterThan(1);
  expect(seconds).toBeLessThan(10);
  expect(rms).toBeGreaterThan(0.02);
});
