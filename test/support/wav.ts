// Reads 16-bit PCM WAV files for the voice tests: format, samples, loudness.
import { readFileSync } from 'node:fs';

export interface Wav {
  rate: number;
  channels: number;
  bits: number;
  samples: number;
  /** Root mean square of the samples, 0–1. */
  rms: number;
}

export function readWav(file: string): Wav {
  const b = readFileSync(file);
  if (b.toString('ascii', 0, 4) !== 'RIFF' || b.toString('ascii', 8, 12) !== 'WAVE') throw new Error(`${file}: not a WAV file`);
  let at = 12;
  let rate = 0;
  let channels = 0;
  let bits = 0;
  while (at + 8 <= b.length) {
    const id = b.toString('ascii', at, at + 4);
    const size = b.readUInt32LE(at + 4);
    if (id === 'fmt ') {
      if (b.readUInt16LE(at + 8) !== 1) throw new Error(`${file}: not PCM`);
      channels = b.readUInt16LE(at + 10);
      rate = b.readUInt32LE(at + 12);
      bits = b.readUInt16LE(at + 22);
    }
    if (id === 'data') {
      // espeak-ng writes an open-ended size when streaming; the file's end is then the data's end.
      const end = Math.min(b.length, at + 8 + (size === 0xffffffff || size === 0 ? b.length : size));
      const n = Math.floor((end - at - 8) / 2);
      let sum = 0;
      for (let i = 0; i < n; i++) sum += (b.readInt16LE(at + 8 + i * 2) / 32768) ** 2;
      return { rate, channels, bits, samples: n / Math.max(1, channels), rms: n ? Math.sqrt(sum / n) : 0 };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error(`${file}: no data chunk`);
}
