// The configuration's own settings slice: who the hall is for the district. Written by first-run
// setup (first-run.ts); null in a hall set up before they existed.
import { z } from 'zod';

export const configSettings = {
  /** The district's code for this hall (the upstream's hall id). */
  hallCode: z.string().min(1).max(64).nullable().default(null),
  /** The administrative division code (行政区划代码). */
  regionCode: z
    .string()
    .regex(/^(\d{6}|\d{9}|\d{12})$/)
    .nullable()
    .default(null),
};
