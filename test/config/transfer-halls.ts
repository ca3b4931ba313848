// Halls for the configuration file's tests: an empty one (as after setup with the empty template) and
// the demo hall with some of everything changed, so a round trip carries more than defaults.
import type { ConfigFile, Session } from '../../electron/contract';
import { login, openSeededHall, run, type TestHall } from '../support/hall';

const configTables = ['services', 'items', 'windows', 'window_services', 'users', 'settings', 'audit', 'rating_pads', 'device_accounts', 'sessions'];
export const fingerprint = (t: TestHall) => JSON.stringify(configTables.map((x) => t.hall.db.prepare(`SELECT * FROM ${x} ORDER BY rowid`).all()));

export const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A hall with no configuration but its manager (as after setup with the empty template). */
export function emptyHall(): { t: TestHall; admin: Session } {
  const t = openSeededHall();
  const admin = login(t.hall, 'admin');
  t.hall.db.exec(`
    DELETE FROM rating_pads; DELETE FROM window_services; DELETE FROM windows; DELETE FROM items; DELETE FROM services;
    DELETE FROM device_accounts; DELETE FROM sessions WHERE user_id <> 'admin'; DELETE FROM users WHERE id <> 'admin';
    DELETE FROM settings WHERE key <> 'demo';`);
  t.hall.engine.config.reload();
  return { t, admin };
}

/** The demo hall with some of everything changed (a service, an item, the hall, addresses, a photo, devices). */
export function configuredExport(a: TestHall, admin: Session): ConfigFile {
  const { hall } = a;
  run(hall, 'config.saveService', { id: 'P', prefix: 'P', name: { 'zh-CN': '养老', 'zh-TW': '養老', en: 'Pensions' }, dailyCap: 80, startNumber: 101 }, admin);
  run(
    hall,
    'config.saveItem',
    { code: 'P01', serviceId: 'P', name: { 'zh-CN': '养老金申领', 'zh-TW': '養老金申領', en: 'Pension claim' }, kind: 'deferred', promisedDays: 12 },
    admin,
  );
  run(hall, 'config.saveHall', { hallName: '长宁街道社区事务受理服务中心', policyMode: 'pure', maxWaitMinutes: 45 }, admin);
  run(hall, 'ratings.configure', { timeoutSeconds: 90, defaultLevel: 4 }, admin);
  hall.db.prepare("INSERT INTO window_services (window_no, service_id, role) VALUES (2, 'P', 'primary')").run();
  hall.db.prepare("UPDATE users SET active = 0 WHERE id = '1004'").run();
  hall.db.prepare('UPDATE windows SET led_address = 2, keypad_address = 12 WHERE number = 2').run();
  hall.db.prepare('UPDATE windows SET enabled = 0 WHERE number = 4').run();
  run(hall, 'config.setClerkPhoto', { id: '1001', photo: PNG }, admin);
  // A pad replaced: the old one revoked (its window taken over), a new one at its window.
  run(hall, 'devices.revoke', { id: 'pad-4' }, admin);
  run(hall, 'devices.create', { kind: 'pad', name: '4号窗口新评价器', window: 4 }, admin);
  return run(hall, 'config.export', {}, admin);
}

/** A photo at the size the schema allows at most (its bytes only start as a PNG's). */
export const bigPhoto = (n: number) => `data:image/png;base64,iVBORw0KGgo${'A'.repeat(40_000 + 1)}${'ABCDEFGH'[n % 8]}`;

/** A real hall's file: 220 items with long names, 30 clerks with photos, 12 devices: over 1 MiB. */
export function bigConfigFile(t: TestHall): ConfigFile {
  const file: ConfigFile = run(t.hall, 'config.export', {}, login(t.hall, 'admin'));
  const longName = (i: number) => ({
    'zh-CN': `事项名称很长的一个${i}`.padEnd(40, '办'),
    'zh-TW': `事項名稱${i}`.padEnd(40, '辦'),
    en: `Item ${i}`.padEnd(80, '.'),
  });
  const items = Array.from({ length: 220 }, (_, i) => ({
    code: `R${String(i).padStart(3, '0')}`,
    serviceId: 'A',
    name: longName(i),
    kind: 'immediate' as const,
    promisedDays: null,
    enabled: true,
  }));
  const clerks = Array.from({ length: 30 }, (_, i) => ({
    id: `30${String(i).padStart(2, '0')}`,
    name: `职员${i}`,
    role: 'clerk' as const,
    active: true,
    photo: bigPhoto(i),
  }));
  const devices = Array.from({ length: 12 }, (_, i) => ({ name: `备用取号机${i}`, kind: 'kiosk' as const, window: null, revoked: false }));
  return { ...file, items: [...file.items, ...items], clerks: [...file.clerks, ...clerks], devices: [...file.devices, ...devices] };
}
