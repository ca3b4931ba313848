// The built-in demo hall, set up through first-run setup like any hall: the demo template's services
// and items through the catalogue savers, a manager, then its four 全岗通 windows, four clerks, the
// kiosk device and a pad per window. Its PINs are public, so the database is marked as a demo and
// only ever opened in demo mode.
import { hashPin } from '../core/auth';
import { DEMO_PINS, demoClerks, demoServices, demoWindows, isSetUp } from '../core/demo';
import { seedDemoPads } from '../core/rating-devices';
import { completeSetup, type FirstRunParts } from './first-run';

export const DEMO_HALL_NAME = '示范街道社区事务受理服务中心';

export function seedDemoHall(parts: FirstRunParts): void {
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
      const window = db.prepare('INSERT INTO windows (number, name) VALUES (?, ?)');
      const skill = db.prepare('INSERT INTO window_services (window_no, service_id, role) VALUES (?, ?, ?)');
      for (const w of demoWindows) {
        window.run(w.number, `${w.number}号窗口`);
        for (const s of demoServices) skill.run(w.number, s.id, w.primary.includes(s.id) ? 'primary' : 'backup');
      }
      const user = db.prepare('INSERT INTO users (id, name, role, pin_hash) VALUES (?, ?, ?, ?)');
      for (const [id, name] of demoClerks) user.run(id, name, 'clerk', hashPin(DEMO_PINS.clerk));
      user.run('kiosk', '取号机', 'kiosk', hashPin(DEMO_PINS.kiosk));
    });
  }
  seedDemoPads(db); // also for demo halls seeded before pads existed
  parts.applied();
}
