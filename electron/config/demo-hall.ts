// The built-in demo hall, set up through first-run setup like any hall: the demo template's services
// and items through the catalogue savers, a manager, then, as that manager, its four 全岗通 windows and
// four clerks through the same savers as the admin page; the kiosk device and a pad per window. Its
// PINs are public, so the database is marked as a demo and only ever opened in demo mode.
import { hashPin } from '../core/auth';
import { DEMO_PINS, demoClerks, demoServices, demoWindows, isSetUp } from '../core/demo';
import { seedDemoPads } from '../core/rating-devices';
import type { ClerkRoster } from './clerks';
import { completeSetup, type FirstRunParts } from './first-run';
import type { WindowCatalog } from './windows';

const DEMO_MANAGER = { user: 'admin', role: 'admin' } as const;

export const DEMO_HALL_NAME = '示范街道社区事务受理服务中心';

export function seedDemoHall(parts: FirstRunParts, staff: { windows: WindowCatalog; clerks: ClerkRoster }): void {
  const { db } = parts;
  if (!isSetUp(db)) {
    const setup = {
      hallName: DEMO_HALL_NAME,
      hallCode: 'DEMO-0001',
      regionCode: '310101',
      timeZone: 'Asia/Shanghai',
      manager: { id: 'admin', name: '管理员', pin: DEMO_PINS.admin },
      template: 'demo-services' as const,
    };
    completeSetup(parts, setup, () => {
      db.prepare("INSERT INTO settings (key, value) VALUES ('demo', 'true')").run();
      db.prepare("INSERT INTO users (id, name, role, pin_hash) VALUES ('kiosk', '取号机', 'kiosk', ?)").run(hashPin(DEMO_PINS.kiosk));
    });
  }
  // Also for a demo set up before windows existed, or cut off before them: never over the manager's own.
  if (db.prepare('SELECT 1 FROM windows LIMIT 1').get() === undefined) {
    for (const w of demoWindows) {
      const profile = Object.fromEntries(demoServices.map((s) => [s.id, w.primary.includes(s.id) ? 'primary' : 'backup'] as const));
      staff.windows.save({ number: w.number, name: `${w.number}号窗口`, profile, ledAddress: null, keypadAddress: null, enabled: true }, DEMO_MANAGER.user);
    }
  }
  for (const [id, name] of demoClerks) {
    if (!db.prepare('SELECT 1 FROM users WHERE id = ?').get(id))
      staff.clerks.save({ id, name, role: 'clerk', active: true, pin: DEMO_PINS.clerk }, DEMO_MANAGER);
  }
  seedDemoPads(db); // also for demo halls seeded before pads existed
  parts.applied();
}
