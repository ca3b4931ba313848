// The voice capability's HTTP paths (docs/API.md "Voice"). The clip files themselves are served at
// /voice/<path> by the LAN server (server/voice-files.ts), the hall's own recordings first.
import type { Route } from '../core/capability';

export const voiceRoutes: Route[] = [
  { method: 'GET', path: '/api/voice/settings', command: 'voice.settings' },
  { method: 'POST', path: '/api/voice/settings', command: 'voice.saveSettings' },
  { method: 'GET', path: '/api/voice/clips', command: 'voice.clips' },
];
