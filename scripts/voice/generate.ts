// `npm run voice:clips`: writes the bundled placeholder clips (resources/voice/{common,zh-CN,en}/) and
// their manifest (electron/shared/voice/clip-manifest.json) offline, with espeak-ng and sox (both from
// Debian). Every clip is 16-bit mono PCM WAV at one rate, trimmed of leading and trailing silence so a
// sequence of clips plays gap-free. A hall replaces any of them with its own recording (same file name).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clipSpecs } from './clip-list';

const RATE = 22050;
const root = process.cwd();
const voiceDir = join(root, 'resources/voice');
const manifestFile = join(root, 'electron/shared/voice/clip-manifest.json');
const work = mkdtempSync(join(tmpdir(), 'tongban-voice-'));
/** Output options: one format for all; -D: no dither, so the same input gives the same bytes. */
const out = ['-D', '-r', String(RATE), '-c', '1', '-b', '16', '-e', 'signed-integer'];
/** Below 0.3 % of full scale for 5 ms counts as silence at either end. */
const trim = ['silence', '1', '0.005', '0.3%', 'reverse', 'silence', '1', '0.005', '0.3%', 'reverse'];

const sox = (...args: string[]) => execFileSync('sox', args, { stdio: ['ignore', 'ignore', 'inherit'] });

/** Samples of a 16-bit mono WAV written by sox (its data chunk follows the fmt chunk). */
function sampleCount(file: string): number {
  const b = readFileSync(file);
  let at = 12;
  while (at + 8 <= b.length) {
    const size = b.readUInt32LE(at + 4);
    if (b.toString('ascii', at, at + 4) === 'data') return Math.floor(Math.min(size, b.length - at - 8) / 2);
    at += 8 + size + (size % 2);
  }
  throw new Error(`${file}: no data chunk`);
}

type Entry = { file: string; text: string; durationMs: number; samples: number };
const languages: Record<string, Record<string, Entry>> = { common: {}, 'zh-CN': {}, en: {} };

function record(lang: string, name: string, text: string) {
  const file = `${lang}/${name}.wav`;
  const samples = sampleCount(join(voiceDir, file));
  languages[lang]![name] = { file, text, durationMs: Math.round((samples / RATE) * 10_000) / 10, samples };
}

for (const lang of Object.keys(languages)) mkdirSync(join(voiceDir, lang), { recursive: true });

// The chime: two soft tones, high then low (ding-dong), each faded in and out.
const high = join(work, 'high.wav');
const low = join(work, 'low.wav');
sox('-n', ...out, high, 'synth', '0.32', 'sine', '987.77', 'sine', '1975.5', 'remix', '-', 'fade', 'q', '0.01', '0.32', '0.22', 'vol', '0.5');
sox('-n', ...out, low, 'synth', '0.6', 'sine', '783.99', 'sine', '1567.98', 'remix', '-', 'fade', 'q', '0.01', '0.6', '0.5', 'vol', '0.5');
sox(high, low, ...out, join(voiceDir, 'common/chime.wav'));
record('common', 'chime', '(chime)');
// Silences between the parts of an announcement (after the chime, between the two readings).
for (const [name, seconds] of [
  ['pause-short', '0.3'],
  ['pause-long', '0.7'],
] as const) {
  sox('-n', ...out, join(voiceDir, `common/${name}.wav`), 'trim', '0', seconds);
  record('common', name, `(${seconds} s silence)`);
}

for (const spec of clipSpecs) {
  const raw = join(work, 'raw.wav');
  const voice = spec.lang === 'zh-CN' ? ['-v', 'cmn-latn-pinyin', '-s', '150'] : ['-v', 'en-us', '-s', '150'];
  execFileSync('espeak-ng', [...voice, '-w', raw, spec.say]);
  sox(raw, ...out, join(voiceDir, `${spec.lang}/${spec.name}.wav`), ...trim);
  record(spec.lang, spec.name, spec.text);
}
rmSync(work, { recursive: true, force: true });

const manifest = { format: { container: 'wav', encoding: 'pcm_s16le', channels: 1, sampleRate: RATE }, languages };
mkdirSync(join(manifestFile, '..'), { recursive: true });
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
const count = Object.values(languages).reduce((n, clips) => n + Object.keys(clips).length, 0);
console.log(`voice: ${count} clips in resources/voice/{common,zh-CN,en}, manifest ${manifestFile}`);
