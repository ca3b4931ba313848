// The pad's voice clips are there, are real PCM audio of a plausible length, and are not silent: a
// clip replaced by a broken or empty file fails here before a resident hears nothing.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

function pcm16(file: string): { seconds: number; rms: number } {
  const b = readFileSync(file);
  expect(b.toString('ascii', 0, 4)).toBe('RIFF');
  expect(b.toString('ascii', 8, 12)).toBe('WAVE');
  let at = 12;
  let rate = 0;
  let channels = 0;
  while (at + 8 <= b.length) {
    const id = b.toString('ascii', at, at + 4);
    const size = b.readUInt32LE(at + 4);
    if (id === 'fmt ') {
      expect(b.readUInt16LE(at + 8)).toBe(1); // PCM
      channels = b.readUInt16LE(at + 10);
      rate = b.readUInt32LE(at + 12);
      expect(b.readUInt16LE(at + 22)).toBe(16);
    }
    if (id === 'data') {
      // espeak-ng writes an open-ended size when streaming; the file's end is the data's end.
      const end = Math.min(b.length, at + 8 + (size === 0xffffffff || size === 0 ? b.length : size));
      let sum = 0;
      const n = Math.floor((end - at - 8) / 2);
      for (let i = 0; i < n; i++) sum += (b.readInt16LE(at + 8 + i * 2) / 32768) ** 2;
      return { seconds: n / channels / rate, rms: Math.sqrt(sum / n) };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error(`${file}: no data chunk`);
}

test.each(['prompt', 'reasons', 'thanks'])('voice/rating/%s.wav is speech-length and not silent', (clip) => {
  const { seconds, rms } = pcm16(`resources/voice/rating/${clip}.wav`);
  expect(seconds).toBeGreaterThan(1);
  expect(seconds).toBeLessThan(10);
  expect(rms).toBeGreaterThan(0.02);
});
