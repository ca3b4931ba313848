// Where a voice clip's file is: the hall's own recording in its data folder first (DATA/voice/<path>),
// then the bundled clips (the installed resources, the built renderer). Shared by the LAN server's
// /voice/* route, the Electron app's file lookup (main/voice-protocol.ts) and the clip list.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The hall's own recordings' folder. */
export const hallVoiceDir = (dataDir: string): string => join(dataDir, 'voice');

/**
 * A clip path under voice/ as given in a URL (`zh-CN/qing.wav`), or null for anything that could leave
 * the folder or is no plain relative path (`..`, absolute, backslashes, NUL, empty).
 */
export function safeVoicePath(path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (!decoded || decoded.includes('\0') || decoded.includes('\\') || decoded.startsWith('/')) return null;
  const normal = posix.normalize(decoded);
  if (normal !== decoded || normal.split('/').some((part) => part === '..' || part === '.' || part === '')) return null;
  return normal;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Looks a clip path up in the folders in order; null when no folder has it (or the path is unsafe). */
export function voiceFileLookup(dirs: readonly string[]): (path: string) => string | null {
  return (path) => {
    const safe = safeVoicePath(path);
    if (!safe) return null;
    for (const dir of dirs) {
      const file = join(dir, safe);
      if (isFile(file)) return file;
    }
    return null;
  };
}

/** Every file under a folder, as paths relative to it with forward slashes (none when it does not exist). */
export function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : entry.isFile() ? [`${prefix}${entry.name}`] : [],
  );
}
