// This hall PC's device configuration (ports, dialects, addresses), as JSON: `--devices FILE` for
// `npm run serve`, the `devices` section of the PC config in Electron. Each device module adds its own
// section schema here. Validated at load: a wrong file is a clear error naming the field.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { busConfigSchema } from './hall-bus/config';
import { printerConfigSchema } from './printing/config';

export const devicesConfigSchema = z.strictObject({
  bus: busConfigSchema.optional(),
  printer: printerConfigSchema.optional(),
});

export type DevicesConfig = z.infer<typeof devicesConfigSchema>;

export class DevicesConfigError extends Error {}

export function parseDevicesConfig(raw: unknown, source = 'devices config'): DevicesConfig {
  const parsed = devicesConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DevicesConfigError(`${source}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export function loadDevicesConfig(file: string): DevicesConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DevicesConfigError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return parseDevicesConfig(JSON.parse(text), file);
  } catch (error) {
    if (error instanceof DevicesConfigError) throw error;
    throw new DevicesConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}
