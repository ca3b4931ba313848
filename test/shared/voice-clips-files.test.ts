// The bundled clips (resources/voice/) are what the manifest says: every file there, one format,
// the length recorded, speech not silent. Regenerate both with `npm run voice:clips`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { allClipIds, clipEntry, voiceManifest } from '../../electron/shared/voice';
import { readWav } from '../support/wav';

const ids = allClipIds(voiceManifest);

test.each(ids)('%s: the file matches the manifest', (id) => {
  const entry = clipEntry(voiceManifest, id)!;
  const wav = readWav(join('resources/voice', entry.file));
  expect({ rate: wav.rate, channels: wav.channels, bits: wav.bits }).toEqual({ rate: 22050, channels: 1, bits: 16 });
  expect(wav.samples).toBe(entry.samples);
  expect(entry.durationMs).toBeCloseTo((wav.samples / wav.rate) * 1000, 0);
  if (id.startsWith('common/pause')) expect(wav.rms).toBe(0);
  else expect(wav.rms, 'not silent').toBeGreaterThan(0.02);
});

test('every clip file in the call folders is in the manifest', () => {
  for (const group of ['common', 'zh-CN', 'en'] as const) {
    for (const file of readdirSync(join('resources/voice', group)))
      expect(clipEntry(voiceManifest, `${group}/${file.replace(/\.wav$/, '')}`), file).toBeDefined();
  }
});
