// GET /voice/<path>: the voice clips, the hall's own recording (DATA/voice/<path>) before the bundled
// one (<renderer>/voice/<path>), so a hall's recordings play in every browser window of the hall.
import { createReadStream } from 'node:fs';
import { extname, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { fail, type HallError } from '../contract';
import { voiceFileLookup } from '../voice/clip-files';

const types: Record<string, string> = { '.wav': 'audio/wav', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.m4a': 'audio/mp4', '.json': 'application/json' };

export interface VoiceFileDirs {
  /** The hall's own recordings (DATA/voice). */
  hallDir: string;
  /** The bundled clips (out/renderer/voice); none in API-only servers. */
  bundledDir?: string;
}

export function registerVoiceFiles(app: FastifyInstance, dirs: VoiceFileDirs, sendError: (reply: FastifyReply, error: HallError) => unknown): void {
  const lookup = voiceFileLookup(dirs.bundledDir ? [dirs.hallDir, dirs.bundledDir] : [dirs.hallDir]);
  app.get('/voice/*', (request, reply) => {
    const path = (request.params as { '*': string })['*'];
    const file = lookup(path);
    if (!file) return sendError(reply, fail('not_found', `no such clip: ${path}`).error);
    // A hall may replace a clip while the hall runs: never cached for long.
    reply.header('cache-control', 'no-cache').header('x-voice-source', file.startsWith(dirs.hallDir + sep) ? 'hall' : 'bundled');
    return reply.type(types[extname(file).toLowerCase()] ?? 'application/octet-stream').send(createReadStream(file));
  });
}
