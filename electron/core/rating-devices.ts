// Who may give a rating: an evaluation pad (a device user with role 'pad', bound to the one window it
// stands at), or the hall bus carrying the evaluator keypads of every window (in-process only).
import { HallFault, type RatingChannel } from '../contract';
import { hashPin } from './auth';
import type { Db } from './db';
import { HALL_BUS_USER, type Principal } from './principal';

export { HALL_BUS_USER } from './principal';

/** The window a pad device user is bound to, or null. */
export function padWindow(db: Db, user: string): number | null {
  const row = db.prepare('SELECT window_no FROM rating_pads WHERE user_id = ?').get(user) as { window_no: number } | undefined;
  return row?.window_no ?? null;
}

export function hasPad(db: Db, windowNo: number): boolean {
  return db.prepare('SELECT 1 FROM rating_pads WHERE window_no = ?').get(windowNo) !== undefined;
}

/**
 * Checks that this session may rate at this window over this channel, before anything is read or
 * written: a pad only at its own window, the hall bus only over the keypad channel, nobody else at
 * all (not even the manager: a rating is the resident's alone). Returns who rated, for the record.
 */
export function checkRatingSource(db: Db, principal: Principal, windowNo: number, channel: RatingChannel): string {
  if (principal.kind === 'evaluator') {
    if (channel !== 'keypad') throw new HallFault('bad_request', 'channel: the hall bus rates over the keypad channel', 'channel');
    return HALL_BUS_USER;
  }
  const session = principal.kind === 'session' ? principal.session : null;
  if (!session) throw new HallFault('forbidden', 'only a rating pad or the evaluator keypad may rate', undefined, 'not_a_rating_device');
  const bound = session.role === 'pad' ? padWindow(db, session.user) : null;
  if (bound === null) throw new HallFault('forbidden', 'only a rating pad or the evaluator keypad may rate', undefined, 'not_a_rating_device');
  if (channel !== 'pad') throw new HallFault('bad_request', 'channel: a pad rates over the pad channel', 'channel');
  if (bound !== windowNo) throw new HallFault('forbidden', `this pad stands at window ${bound}, not ${windowNo}`, undefined, 'pad_other_window');
  return session.user;
}

/** The demo hall's pads: user `pad-N` at window N, PIN 6666 (public, like every demo PIN). */
export const DEMO_PAD_PIN = '6666';
export const demoPadUser = (windowNo: number): string => `pad-${windowNo}`;

/** Adds a pad for every window of a demo hall that has none (also for demo halls seeded before pads existed). */
export function seedDemoPads(db: Db): void {
  // A window whose demo pad was moved away or revoked (pairing/) keeps it so: its user exists.
  const bare = db
    .prepare("SELECT number FROM windows WHERE number NOT IN (SELECT window_no FROM rating_pads) AND 'pad-' || number NOT IN (SELECT id FROM users)")
    .all() as { number: number }[];
  if (bare.length === 0) return;
  db.transaction(() => {
    for (const { number } of bare) {
      db.prepare("INSERT INTO users (id, name, role, pin_hash) VALUES (?, ?, 'pad', ?)").run(
        demoPadUser(number),
        `${number}号窗口评价器`,
        hashPin(DEMO_PAD_PIN),
      );
      db.prepare('INSERT INTO rating_pads (user_id, window_no) VALUES (?, ?)').run(demoPadUser(number), number);
    }
  })();
}
