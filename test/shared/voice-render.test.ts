// An announcement rendered to one WAV file (the clip sequence concatenated by sox, as the hall screen
// plays it back to back) lasts exactly what the manifest's clip lengths add up to: the clips carry
// no hidden silence or gaps. Needs sox (test/system-deps.sh installs it).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { announcement, clipEntry, sequenceDurationMs, ticketPhrase, voiceManifest, type ClipId } from '../../electron/shared/voice';
import { makeTempDir } from '../support/hall';
import { readWav } from '../support/wav';

const dir = makeTempDir('tongban-voice-render-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function render(ids: ClipId[], name: string): string {
  const out = join(dir, `${name}.wav`);
  execFileSync('sox', [...ids.map((id) => join('resources/voice', clipEntry(voiceManifest, id)!.file)), out]);
  return out;
}

test.each([
  ['the call A001 to window 3, zh-CN', announcement({ number: 'A001', windowNo: 3 }, ['zh-CN'])],
  ['the call B123 to window 23, zh-CN and en', announcement({ number: 'B123', windowNo: 23 }, ['zh-CN', 'en'])],
  ['the kiosk: A001, 3 ahead', ticketPhrase('A001', 3, 'zh-CN')],
])('%s: the rendered file lasts the sum of its clips', (name, ids) => {
  const wav = readWav(render(ids, name.replace(/\W+/g, '-')));
  const renderedMs = (wav.samples / wav.rate) * 1000;
  expect({ rate: wav.rate, channels: wav.channels, bits: wav.bits }).toEqual({ rate: 22050, channels: 1, bits: 16 });
  expect(Math.abs(renderedMs - sequenceDurationMs(voiceManifest, ids))).toBeLessThan(3);
  expect(renderedMs).toBeGreaterThan(5000);
  expect(wav.rms).toBeGreaterThan(0.02);
});
