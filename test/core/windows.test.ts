// Windows: who may act where, sign-in and sign-out with duty records, pause and resume, conflicts.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Session } from '../../electron/contract';
import { MINUTE, issue, login, openSeededHall, refuse, run, snapshot, staff, windowRow, type TestHall } from '../support/hall';

let t: TestHall;
let kiosk: Session;
beforeEach(() => {
  t = openSeededHall();
  kiosk = login(t.hall, 'kiosk');
});
afterEach(() => t.cleanup());

const duty = () => t.hall.db.prepare('SELECT user_id, window_no, business_day, signed_in_at, signed_out_at FROM duty ORDER BY id').all();

describe('sign-in and sign-out', () => {
  test('sign-in opens the window for that clerk and writes a duty row', () => {
    const clerk = login(t.hall, '1002');
    const view = run(t.hall, 'window.signIn', { window: 2 }, clerk);
    expect(view).toEqual({ number: 2, name: '2号窗口', status: 'open', pauseReason: null, clerk: { id: '1002', name: '李静' }, current: null });
    expect(duty()).toEqual([{ user_id: '1002', window_no: 2, business_day: '2026-11-23', signed_in_at: t.clock.now(), signed_out_at: null }]);
    // Signing in again where one already is changes nothing.
    const before = snapshot(t.hall);
    expect(run(t.hall, 'window.signIn', { window: 2 }, clerk).status).toBe('open');
    expect(snapshot(t.hall)).toBe(before);
  });

  test('signing in at another window moves the clerk: the old window closes and its duty row ends', () => {
    const clerk = staff(t.hall, '1001', 1);
    const inAt = t.clock.now();
    t.clock.advance(30 * MINUTE);
    run(t.hall, 'window.signIn', { window: 4 }, clerk);
    expect(windowRow(t.hall, 1)).toMatchObject({ status: 'closed', clerk_id: null });
    expect(windowRow(t.hall, 4)).toMatchObject({ status: 'open', clerk_id: '1001' });
    expect(duty()).toEqual([
      { user_id: '1001', window_no: 1, business_day: '2026-11-23', signed_in_at: inAt, signed_out_at: t.clock.now() },
      { user_id: '1001', window_no: 4, business_day: '2026-11-23', signed_in_at: t.clock.now(), signed_out_at: null },
    ]);
  });

  test('a clerk holding a ticket cannot move to another window', () => {
    const clerk = staff(t.hall, '1001', 1);
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.signIn', { window: 4 }, clerk).code).toBe('conflict');
    expect(snapshot(t.hall)).toBe(before);
  });

  test('a window staffed by someone else cannot be signed in to, even by the admin', () => {
    staff(t.hall, '1001', 1);
    const [other, admin] = [login(t.hall, '1002'), login(t.hall, 'admin')];
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.signIn', { window: 1 }, other).code).toBe('conflict');
    expect(refuse(t.hall, 'window.signIn', { window: 1 }, admin).code).toBe('conflict');
    expect(snapshot(t.hall)).toBe(before);
  });

  test('sign-out closes the window and ends the duty row; refused while a ticket is current', () => {
    const clerk = staff(t.hall, '1003', 3);
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 3 }, clerk);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.signOut', { window: 3 }, clerk).code).toBe('conflict');
    expect(snapshot(t.hall)).toBe(before);
    run(t.hall, 'window.noShow', { window: 3 }, clerk);
    t.clock.advance(MINUTE);
    expect(run(t.hall, 'window.signOut', { window: 3 }, clerk)).toMatchObject({ status: 'closed', clerk: null, current: null });
    expect(duty()).toEqual([expect.objectContaining({ window_no: 3, signed_out_at: t.clock.now() })]);
  });

  test('an unknown window is not_found on the window field', () => {
    const clerk = login(t.hall, '1001');
    for (const name of ['window.signIn', 'window.get', 'window.callNext']) {
      expect(refuse(t.hall, name, { window: 9 }, clerk), name).toMatchObject({ code: 'not_found', field: 'window' });
    }
  });
});

describe('who may act at a window', () => {
  const actions = ['window.callNext', 'window.recall', 'window.start', 'window.noShow', 'window.finish', 'window.pause', 'window.resume', 'window.signOut'];

  test('nobody can act at an unstaffed window (conflict), and nothing changes', () => {
    issue(t.hall, kiosk, 'A');
    const [clerk, admin] = [login(t.hall, '1001'), login(t.hall, 'admin')];
    const before = snapshot(t.hall);
    for (const name of actions) expect(refuse(t.hall, name, { window: 1 }, clerk), name).toMatchObject({ code: 'conflict' });
    expect(refuse(t.hall, 'window.callNext', { window: 1 }, admin).code).toBe('conflict');
    expect(snapshot(t.hall)).toBe(before);
  });

  test("a clerk acting at another clerk's window is forbidden", () => {
    staff(t.hall, '1001', 1);
    issue(t.hall, kiosk, 'A');
    const other = staff(t.hall, '1002', 2);
    const before = snapshot(t.hall);
    for (const name of actions) expect(refuse(t.hall, name, { window: 1 }, other), name).toMatchObject({ code: 'forbidden' });
    expect(refuse(t.hall, 'window.transfer', { window: 1, serviceId: 'B' }, other).code).toBe('forbidden');
    expect(snapshot(t.hall)).toBe(before);
  });

  test('the admin may act at a staffed window; the ticket records who called it', () => {
    staff(t.hall, '1001', 1);
    const a1 = issue(t.hall, kiosk, 'A');
    const admin = login(t.hall, 'admin');
    expect(run(t.hall, 'window.callNext', { window: 1 }, admin).ticket.id).toBe(a1.id);
    expect(t.hall.db.prepare('SELECT clerk_id FROM tickets WHERE id = ?').get(a1.id)).toEqual({ clerk_id: 'admin' });
    run(t.hall, 'window.finish', { window: 1 }, admin);
    expect(run(t.hall, 'window.signOut', { window: 1 }, admin)).toMatchObject({ status: 'closed' });
    // The clerk's duty row is the one closed, not one of the admin.
    expect(duty()).toEqual([expect.objectContaining({ user_id: '1001', window_no: 1, signed_out_at: t.clock.now() })]);
  });
});

describe('calling conflicts', () => {
  test('call next while a ticket is current is a conflict and changes nothing', () => {
    const clerk = staff(t.hall, '1001', 1);
    issue(t.hall, kiosk, 'A');
    issue(t.hall, kiosk, 'A');
    run(t.hall, 'window.callNext', { window: 1 }, clerk);
    for (const step of ['called', 'serving']) {
      const before = snapshot(t.hall);
      expect(refuse(t.hall, 'window.callNext', { window: 1 }, clerk).code, step).toBe('conflict');
      expect(snapshot(t.hall)).toBe(before);
      if (step === 'called') run(t.hall, 'window.start', { window: 1 }, clerk);
    }
    expect(t.hall.view().waiting.A).toBe(1);
  });
});

describe('pause and resume', () => {
  test('pause with a reason stops calling; resume opens again', () => {
    const clerk = staff(t.hall, '1004', 4);
    issue(t.hall, kiosk, 'Z');
    expect(run(t.hall, 'window.pause', { window: 4, reason: 'lunch' }, clerk)).toMatchObject({ status: 'paused', pauseReason: 'lunch' });
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.callNext', { window: 4 }, clerk).code).toBe('conflict');
    expect(snapshot(t.hall)).toBe(before);
    expect(t.hall.view().windows[3]).toMatchObject({ status: 'paused', pauseReason: 'lunch' });
    expect(run(t.hall, 'window.resume', { window: 4 }, clerk)).toMatchObject({ status: 'open', pauseReason: null });
    expect(run(t.hall, 'window.callNext', { window: 4 }, clerk).ticket.number).toBe('Z001');
  });

  test('the reason defaults to other; pausing twice or resuming an open window changes nothing', () => {
    const clerk = staff(t.hall, '1004', 4);
    expect(run(t.hall, 'window.pause', { window: 4 }, clerk).pauseReason).toBe('other');
    let before = snapshot(t.hall);
    expect(run(t.hall, 'window.pause', { window: 4, reason: 'meeting' }, clerk).pauseReason).toBe('other');
    expect(snapshot(t.hall)).toBe(before);
    run(t.hall, 'window.resume', { window: 4 }, clerk);
    before = snapshot(t.hall);
    expect(run(t.hall, 'window.resume', { window: 4 }, clerk).status).toBe('open');
    expect(snapshot(t.hall)).toBe(before);
  });

  test('a window cannot pause with a current ticket', () => {
    const clerk = staff(t.hall, '1004', 4);
    issue(t.hall, kiosk, 'Z');
    run(t.hall, 'window.callNext', { window: 4 }, clerk);
    const before = snapshot(t.hall);
    expect(refuse(t.hall, 'window.pause', { window: 4, reason: 'break' }, clerk).code).toBe('conflict');
    expect(snapshot(t.hall)).toBe(before);
  });

  test('a paused clerk may sign out, and signing in again opens the window unpaused', () => {
    const clerk = staff(t.hall, '1004', 4);
    run(t.hall, 'window.pause', { window: 4, reason: 'meeting' }, clerk);
    expect(run(t.hall, 'window.signOut', { window: 4 }, clerk)).toMatchObject({ status: 'closed', pauseReason: null });
    expect(run(t.hall, 'window.signIn', { window: 4 }, clerk)).toMatchObject({ status: 'open', pauseReason: null });
  });
});
