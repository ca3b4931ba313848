// The windows of the hall PC load from disk (file://…/renderer/kiosk.html), so a clip they play,
// voice/zh-CN/qing.wav, is a file under the built renderer, inside the packaged app. This handler of
// the file scheme answers those from the hall's own recordings first (DATA/voice/), then from the
// resources beside the installed app (process.resourcesPath/resources/voice, which a hall may also
// replace after installing), then from the built renderer; every other file loads as before.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';
import { hallVoiceDir, voiceFileLookup } from '../voice/clip-files';

export interface VoiceProtocolDeps {
  protocol: Pick<Protocol, 'handle'>;
  net: Pick<Net, 'fetch'>;
}

export interface VoiceFolders {
  dataDir: string;
  /** process.resourcesPath in Electron (undefined in plain Node). */
  resourcesPath?: string;
  rendererDir: string;
}

/** Where a clip is looked for, in order. */
export function voiceFolders({ dataDir, resourcesPath, rendererDir }: VoiceFolders): string[] {
  return [hallVoiceDir(dataDir), ...(resourcesPath ? [join(resourcesPath, 'resources', 'voice')] : []), join(rendererDir, 'voice')];
}

/** The path under voice/ a file URL asks for, or null when it is no clip of the built renderer. */
export function clipPathOf(url: string, rendererDir: string): string | null {
  let path: string;
  try {
    path = fileURLToPath(url.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  const prefix = join(rendererDir, 'voice') + (process.platform === 'win32' ? '\\' : '/');
  const same = process.platform === 'win32' ? path.toLowerCase().startsWith(prefix.toLowerCase()) : path.startsWith(prefix);
  return same ? path.slice(prefix.length).replaceAll('\\', '/') : null;
}

export function serveVoiceFiles(deps: VoiceProtocolDeps, folders: VoiceFolders): void {
  const lookup = voiceFileLookup(voiceFolders(folders));
  deps.protocol.handle('file', (request) => {
    const clip = clipPathOf(request.url, folders.rendererDir);
    if (clip === null) return deps.net.fetch(request, { bypassCustomProtocolHandlers: true });
    const file = lookup(clip);
    if (!file) return new Response(`no such clip: ${clip}`, { status: 404 });
    return deps.net.fetch(pathToFileURL(file).href, { bypassCustomProtocolHandlers: true });
  });
}
