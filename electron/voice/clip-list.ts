// The clips in use: every clip of the manifest, each either the hall's own recording (a file of the
// same path in DATA/voice/) or the bundled placeholder; and the hall's files that are no clip.
import type { VoiceClipsView } from '../contract';
import { allClipIds, clipEntry, voiceManifest, type ClipGroup } from '../shared/voice';
import { filesUnder, hallVoiceDir, voiceFileLookup } from './clip-files';

export function listClips(dataDir: string): VoiceClipsView {
  const hallFolder = hallVoiceDir(dataDir);
  const own = voiceFileLookup([hallFolder]);
  const ids = allClipIds(voiceManifest);
  const clips = ids.map((id) => {
    const entry = clipEntry(voiceManifest, id)!;
    const slash = id.indexOf('/');
    return {
      id,
      group: id.slice(0, slash) as ClipGroup,
      name: id.slice(slash + 1),
      text: entry.text,
      durationMs: entry.durationMs,
      file: entry.file,
      source: own(entry.file) ? ('hall' as const) : ('bundled' as const),
    };
  });
  const known = new Set(clips.map((c) => c.file));
  return { hallFolder, clips, unknownFiles: filesUnder(hallFolder).filter((file) => !known.has(file)) };
}
