// Which URLs belong to this app: the built renderer pages on disk (hall mode) or the hall PC's server
// (client mode). Windows may only navigate to these, and IPC is only accepted from frames showing them.
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TrustedPlaces {
  /** Absolute path of out/renderer. */
  rendererDir: string;
  /** Origin of the hall server (client mode), e.g. http://192.168.1.10:7300, or null. */
  hallOrigin: string | null;
}

export function trustedUrl(places: TrustedPlaces): (url: string) => boolean {
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol === 'file:') {
      let path: string;
      try {
        path = fileURLToPath(parsed); // throws for file://otherhost/… on POSIX
      } catch {
        return false;
      }
      const rel = relative(places.rendererDir, path);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    }
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return places.hallOrigin !== null && parsed.origin === places.hallOrigin;
    }
    return false;
  };
}
