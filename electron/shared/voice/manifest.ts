// The bundled voice clips' manifest (clip-manifest.json, written by `npm run voice:clips` together
// with the clips in resources/voice/): language → clip name → file, what it says, its length. A clip
// is named by its id, `<language>/<name>` (`zh-CN/qing`, `en/n-23`, `common/chime`), which is also
// its path under voice/ without `.wav`. Pure: renderers, the core and tests all import it.
import manifestJson from './clip-manifest.json';

/** The languages announcements and the kiosk speak (zh-TW screens speak Mandarin). */
export const voiceLangs = ['zh-CN', 'en'] as const;
export type VoiceLang = (typeof voiceLangs)[number];
/** `common` holds what every language shares: the chime, the pauses. */
export type ClipGroup = VoiceLang | 'common';
export type ClipId = `${ClipGroup}/${string}`;

export interface ClipEntry {
  /** Under voice/: `zh-CN/qing.wav`. */
  file: string;
  /** What the clip says (`请`, `please go to window`), or `(chime)`. */
  text: string;
  durationMs: number;
  samples: number;
}

export interface VoiceManifest {
  format: { container: 'wav'; encoding: 'pcm_s16le'; channels: number; sampleRate: number };
  languages: Record<ClipGroup, Record<string, ClipEntry>>;
}

export const voiceManifest = manifestJson as VoiceManifest;

/** The entry of a clip id, or undefined when the manifest has no such clip. */
export function clipEntry(manifest: VoiceManifest, id: string): ClipEntry | undefined {
  const slash = id.indexOf('/');
  const group = manifest.languages[id.slice(0, slash) as ClipGroup];
  const name = id.slice(slash + 1);
  return slash > 0 && group && Object.hasOwn(group, name) ? group[name] : undefined;
}

/** The ids of a sequence the manifest does not list (each once, in order): the announcer plays the rest and reports these. */
export function missingClips(manifest: VoiceManifest, ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id) => !clipEntry(manifest, id)))];
}

/** A sequence without its missing clips. */
export function presentClips(manifest: VoiceManifest, ids: readonly string[]): ClipId[] {
  return ids.filter((id) => clipEntry(manifest, id)) as ClipId[];
}

/** How long a sequence plays with the bundled clips (missing ones count 0). */
export function sequenceDurationMs(manifest: VoiceManifest, ids: readonly string[]): number {
  return ids.reduce((sum, id) => sum + (clipEntry(manifest, id)?.durationMs ?? 0), 0);
}

/** Every clip id of the manifest, group by group. */
export function allClipIds(manifest: VoiceManifest): ClipId[] {
  return (Object.keys(manifest.languages) as ClipGroup[]).flatMap((group) =>
    Object.keys(manifest.languages[group]).map((name) => `${group}/${name}` as ClipId),
  );
}

/**
 * Where a page fetches a clip: relative, so it resolves at /kiosk (the LAN server, which serves the
 * hall's own recordings first) and at file://…/renderer/kiosk.html (the app, same lookup in main).
 */
export function clipUrl(id: string): string {
  return `voice/${id}.wav`;
}

/** The voice language a screen in this UI language speaks. */
export function voiceLangOf(uiLang: string): VoiceLang {
  return uiLang === 'en' ? 'en' : 'zh-CN';
}
