// First-run setup: the one command that turns an empty data folder into a hall. Public, because nobody
// can log in yet; the setup server (server/setup-server.ts) only offers it on 127.0.0.1 behind the
// one-time code it prints, and the hall refuses it for good once a manager exists.
import { z } from 'zod';
import { command } from './command-spec';
import { isTimeZone } from '../shared/hall-time';
import { hallFields, managerPin } from './fields';
import type { ImportPlan } from './transfer-views';

/** The demo hall's services, nothing, or a configuration file another hall exported (`file`). */
export const setupTemplates = ['demo-services', 'empty', 'file'] as const;
export type SetupTemplate = (typeof setupTemplates)[number];

export const setupInput = z
  .strictObject({
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
    /** The demo hall's services A–F and Z with their items, nothing, or the `file`. */
    template: z.enum(setupTemplates).default('demo-services'),
    /** With template `file`: a configuration file (contract/config-file.ts), checked as config.import checks it. */
    file: z.unknown().optional(),
  })
  .superRefine((input, check) => {
    if (input.template === 'file' && input.file === undefined)
      check.addIssue({ code: 'custom', path: ['file'], message: 'choose the configuration file to start from' });
    if (input.template !== 'file' && input.file !== undefined) check.addIssue({ code: 'custom', path: ['file'], message: 'a file goes with template file' });
  });
export type SetupInput = z.input<typeof setupInput>;

export interface SetupDone {
  manager: string;
  services: number;
  items: number;
  /** With template `file`: the plan as applied (what the file created), else absent. */
  plan?: ImportPlan;
}

export const setupCommands = {
  'setup.complete': command<SetupDone>()('public', setupInput),
  /** The dry run of starting from a configuration file: what setup would create; refused once set up. */
  /** `managerId`: the form's 工号 so far (the file's account of it gives way to the form's). */
  'setup.preview': command<ImportPlan>()('public', z.strictObject({ file: z.unknown(), managerId: z.string().max(16).optional() })),
} as const;
