// The hall's paced door for long reads (the reports): a report held between its steps (a gate on the
// hall's read pace) while the hall issues a ticket and answers others; the report shows the moment it
// was asked; refusals cost no read; at most two step at once; a hall closed mid-way answers as data.
import { afterEach, expect, test } from 'vitest';
import { isPacedCommand, type Result, type Session } from '../../electron/contract';
import { sessionPrincipal } from '../../electron/core/dispatch';
import { issue, login, openTestHall, run, type TestHall } from '../support/hall';
import { readGate, type ReadGate } from '../support/read-gate';

const DAY = '2026-11-23';
let t: TestHall;
let gate: ReadGate;
afterEach(() => t.cleanup());

function hallWithGate() {
  gate = readGate();
  t = openTestHall(undefined, { readPace: gate.pace });
  return { kiosk: login(t.hall, 'kiosk'), admin: login(t.hall, 'admin') };
}

const ask = (name: string, input: unknown, session: Session): Promise<Result<any>> => t.hall.paced(name, input, sessionPrincipal(session));
const afterTurns = async (turns: number) => {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
};

test('a report held mid-way: the hall issues and answers meanwhile, and the report shows the moment it was asked', async () => {
  const { kiosk, admin } = hallWithGate();
  issue(t.hall, kiosk, 'A');
  const report = ask('reports.summary', { from: DAY, to: DAY }, admin);
  await gate.held();
  // The hall's connection is free: a write commits and others are answered while the report waits.
  expect(issue(t.hall, kiosk, 'B').number).toBe('B001');
  expect(run(t.hall, 'hall.get', {}).businessDay).toBe(DAY);
  expect(run(t.hall, 'reports.summary', { from: DAY, to: DAY }, admin).total.arrived).toBe(2); // straight through: now
  gate.open();
  const held = await report;
  expect(held).toMatchObject({ ok: true, value: { from: DAY, by: 'hall', total: { arrived: 1 } } });
  expect(await ask('reports.summary', { from: DAY, to: DAY }, admin)).toMatchObject({ ok: true, value: { total: { arrived: 2 } } });
});

test('every paced command answers what the straight door answers, and only the reports are paced', async () => {
  const { kiosk, admin } = hallWithGate();
  gate.open();
  issue(t.hall, kiosk, 'A');
  const inputs: Record<string, object> = {
    'reports.summary': { from: DAY, to: DAY, by: 'service' },
    'reports.summaries': { from: DAY, to: DAY, by: ['hour', 'window'] },
    'reports.csv': { from: DAY, to: DAY, by: 'clerk', lang: 'en' },
    'reports.xlsx': { from: DAY, to: DAY },
    'reports.duty': { from: DAY, to: DAY },
    'reports.appraisal': { month: '2026-11' },
  };
  expect(Object.keys(inputs).filter(isPacedCommand)).toEqual(Object.keys(inputs));
  expect(['hall.get', 'tickets.issue', 'auth.login', 'live.get', 'log.file'].some(isPacedCommand)).toBe(false);
  for (const [name, input] of Object.entries(inputs)) {
    const paced = await ask(name, input, admin);
    const straight = t.hall.dispatch(name, input, admin);
    if (name === 'reports.xlsx') {
      // Each answer offers its own one-time key; the plan is the same.
      const plan = ({ keyPath: _key, ...rest }: { keyPath: string }) => rest;
      expect(paced.ok && plan(paced.value)).toEqual(straight.ok && plan(straight.value as { keyPath: string }));
      expect(paced.ok && paced.value.tickets).toBe(1);
    } else expect(paced).toEqual(straight);
  }
});

test('a refusal is answered at once and opens no read; bad input names its field', async () => {
  const { kiosk, admin } = hallWithGate();
  const clerk = login(t.hall, '1001');
  expect(await ask('reports.summary', { from: DAY, to: DAY }, clerk)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await ask('reports.summary', { from: DAY, to: DAY }, kiosk)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(await t.hall.paced('reports.summary', { from: DAY, to: DAY }, null)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  expect(await ask('reports.summary', { from: DAY, to: '2026-11-01' }, admin)).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'to' } });
  expect(await ask('reports.nothing', {}, admin)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  expect(gate.pauses).toBe(0);
  // Not a long read: answered straight through, never held.
  expect(await ask('hall.get', {}, admin)).toMatchObject({ ok: true, value: { businessDay: DAY } });
  expect(gate.pauses).toBe(0);
});

test('two long reads step at once; a third waits its turn and then runs', async () => {
  const { admin } = hallWithGate();
  const reports = [1, 2, 3].map(() => ask('reports.duty', { from: DAY, to: DAY }, admin));
  await gate.held(2);
  // Unqueued, the third would have reached its first pause within a turn, as the first two did.
  await afterTurns(3);
  expect(gate.pauses).toBe(2);
  gate.open();
  for (const result of await Promise.all(reports)) expect(result).toMatchObject({ ok: true, value: { from: DAY, clerks: [] } });
  expect(gate.pauses).toBeGreaterThanOrEqual(3);
});

test('a hall closed while a report is held answers it as internal data, never a rejection', async () => {
  const { admin } = hallWithGate();
  const report = ask('reports.summaries', { from: DAY, to: DAY, by: ['clerk'] }, admin);
  await gate.held();
  t.hall.close();
  gate.open();
  expect(await report).toEqual({ ok: false, error: { code: 'internal', message: 'the hall closed during the report' } });
});
