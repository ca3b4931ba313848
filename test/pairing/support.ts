// Helpers of the pairing tests: a manager's commands on a demo hall, and what must stay unchanged.
import type { DeviceAccountView, PairingCodeView, Session } from '../../electron/contract';
import type { InspectableHall } from '../../electron/core/inspectable-hall';
import { run } from '../support/hall';

export const create = (hall: InspectableHall, admin: Session, input: object): DeviceAccountView => run(hall, 'devices.create', input, admin);
export const codeFor = (hall: InspectableHall, admin: Session, id: string): PairingCodeView => run(hall, 'devices.pairingCode', { id }, admin);
export const account = (hall: InspectableHall, admin: Session, id: string): DeviceAccountView =>
  (run(hall, 'devices.accounts', {}, admin) as DeviceAccountView[]).find((d) => d.id === id)!;

/** Every row a device command may touch, to show that a refused one changed nothing. */
export function deviceTables(hall: InspectableHall): string {
  const tables = ['users', 'rating_pads', 'device_accounts', 'sessions', 'audit'];
  return JSON.stringify(tables.map((t) => hall.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
}
