// First-run setup: the one command that turns an empty data folder into a hall. Public, because nobody
// can log in yet; the setup server (server/setup-server.ts) only offers it on 127.0.0.1 behind the
// one-time code it prints, and the hall refuses it for good once a manager exists.
import { z } from 'zod';
import { command } from './command-spec';
import { isTimeZone } from '../shared/hall-time';
import { hallFields, managerPin } from './fields';

export const setupTemplates = ['demo-services', 'empty'] as const;
export type SetupTemplate = (typeof setupTemplates)[number];

export const setupInput = z.strictObject({
  hallName: hallFields.hallName,
  /** The district's code for this hall (the upstream's hall id). */
  hallCode: z.string().regex(/^[0-9A-Za-z-]{1,64}$/, '1–64 letters, digits or -'),
  /** The administrative division code (行政区划代码): 6, 9 or 12 digits. */
  regionCode: z.string().regex(/^(\d{6}|\d{9}|\d{12})$/, '6, 9 or 12 digits'),
  timeZone: z.string().min(1).max(64).refine(isTimeZone, 'not a known IANA time zone').default('Asia/Shanghai'),
  manager: z.strictObject({
    id: z.string().regex(/^[0-9A-Za-z]{1,16}$/, '1–16 letters or digits'),
    name: z.string().trim().min(1).max(20),
    pin: managerPin,
  }),
  /** The demo hall's services A–F and Z with their items, or nothing to start from. */
  template: z.enum(setupTemplates).default('demo-services'),
});
export type SetupInput = z.input<typeof setupInput>;

export interface SetupDone {
  manager: string;
  services: number;
  items: number;
}

export const setupCommands = {
  'setup.complete': command<SetupDone>()('public', setupInput),
} as const;
