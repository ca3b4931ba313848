// The registry: every capability of the hall, in start order, one line each. The type of the list
// refuses a capability whose needs the ones above it do not provide; at load, a setting key or an
// HTTP route declared twice fails, and the migrations are joined in version order (numbers taken
// twice or a gap fail too). To add a capability, write its folder and add it here (electron/README.md).
import { announcementCapability } from './announcement-capability';
import { appointmentCapability } from '../appointments/capability';
import { backupCapability } from '../backup/capability';
import { configCapability } from '../config/capability';
import { DuplicateNameError, mergeUnique } from '../contract';
import { hoursCapability } from '../hours/capability';
import { liveCapability } from '../live/capability';
import { logCapability } from '../log/capability';
import { pairingCapability } from '../pairing/capability';
import { pickupCapability } from '../pickups/capability';
import { reportCapability } from '../reports/capability';
import { syncCapability } from '../sync/capability';
import { voiceCapability } from '../voice/capability';
import { CapabilityList, type AnyCapability, type PartsOf, type Route, type SpecsOf } from './capability';
import { deviceCapability } from './device-capability';
import { orderMigrations } from '../shared/migrate';
import { policyCapability } from './policy-capability';
import { queueCapability } from './queue-capability';
import type { SettingSpecs } from './settings-store';

// prettier-ignore
export const capabilities = CapabilityList.start()
  .add(queueCapability)
  .add(deviceCapability)
  .add(syncCapability)
  .add(backupCapability)
  .add(logCapability)
  .add(configCapability)
  .add(pairingCapability)
  .add(voiceCapability)
  .add(announcementCapability)
  .add(hoursCapability)
  .add(policyCapability)
  .add(appointmentCapability)
  .add(pickupCapability)
  .add(reportCapability)
  .add(liveCapability);

export type HallParts = PartsOf<typeof capabilities>;
export type HallSettingSpecs = SpecsOf<typeof capabilities>;

/** What a list of capabilities declares, joined: a setting key or a route taken twice, or a migration number, fails. */
export function declarationsOf(list: readonly AnyCapability[]) {
  const routes = list.flatMap((c) => c.routes as Route[]);
  const seen = new Set<string>();
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) throw new DuplicateNameError('route', key);
    seen.add(key);
  }
  return {
    settings: mergeUnique('setting', ...list.map((c) => c.settings as SettingSpecs)) as SettingSpecs,
    migrations: orderMigrations(...list.map((c) => c.migrations)),
    routes,
  };
}

const declared = declarationsOf(capabilities.all);
/** Every capability's settings slice, for the hall's one store. */
export const hallSettingSpecs = declared.settings as HallSettingSpecs;
/** Every migration of the hall database, in version order. */
export const hallMigrations = declared.migrations;
/** Every HTTP route of the API (docs/API.md lists them; test/server/api-doc-routes.test.ts checks it). */
export const hallRoutes: readonly Route[] = declared.routes;
