// Voice as a capability (issue 12): the voice settings (applied live: voice.changed reaches the hall
// screen and the kiosk), their change audited like the hall's other settings, and the list of the
// clips in use. The clips and the phrases are pure data and code in electron/shared/voice/.
import type { AuditTrail } from '../config/audit';
import type { Capability } from '../core/capability';
import { actorOf } from '../core/handler-types';
import { listClips } from './clip-list';
import { voiceRoutes } from './routes';
import { voiceSettingKeys, voiceSettings, voiceSettingsView } from './settings';

export const voiceCapability = {
  name: 'voice',
  settings: voiceSettings,
  migrations: [],
  routes: voiceRoutes,
  start(ctx, { audit }) {
    const s = ctx.settings;
    const view = () => voiceSettingsView(s);
    for (const key of voiceSettingKeys) s.watch(key, () => ctx.emit('voice.changed', view()));
    return {
      provides: {},
      handlers: {
        'voice.settings': () => view(),
        'voice.saveSettings': (change, c) => {
          const before = view();
          const next = {
            voiceEnglish: change.english ?? before.english,
            voiceCaller: { ...before.caller, ...change.caller },
            voiceKiosk: { ...before.kiosk, ...change.kiosk },
          };
          const after = voiceSettingsView({ get: (key) => next[key] } as Parameters<typeof voiceSettingsView>[0]);
          if (JSON.stringify(after) !== JSON.stringify(before)) s.update(next, () => audit.record(actorOf(c).user, 'voice.updated', null, before, after));
          return view();
        },
        'voice.clips': () => listClips(ctx.dataDir),
      },
    };
  },
} satisfies Capability<{ audit: AuditTrail }, object, typeof voiceSettings>;
