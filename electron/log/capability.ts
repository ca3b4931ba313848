// The hall log's commands as a capability: the manager's page of lines and a file's download, read
// from the folder the hall logs to (none when the hall logs elsewhere, as in tests).
import type { Capability } from '../core/capability';
import { createLogHandlers } from './log-handlers';
import { logRoutes } from './routes';

export const logCapability = {
  name: 'log',
  settings: {},
  migrations: [],
  routes: logRoutes,
  start: (ctx) => ({ provides: {}, handlers: createLogHandlers(ctx.log.dir) }),
} satisfies Capability<object, object, Record<never, never>>;
