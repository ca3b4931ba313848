// The devices' side of the hall core: the device commands (their status, reprint, the printout), and
// the one typed port the device layer (electron/devices) uses. The core never imports the drivers:
// the layer attaches itself as a DeviceHub after the hall is open, and reads the hall through
// DevicePort only (never the engine or the database).
import { HallFault, type DeviceStatus, type EventName, type HallEvents, type Lang, type TicketView } from '../contract';
import type { Capability } from './capability';
import { statementCache } from './db';
import { actorOf } from './handler-types';
import type { DeviceHub } from './devices';
import type { WindowSkills } from './policy';
import type { QueueParts } from './queue-capability';
import type { ServiceRow } from './rows';
import { deviceRoutes } from './device-routes';

export interface DevicePort {
  /** Attaches the device layer (null when it closes): devices.list and the reprints go through it. */
  attach(hub: DeviceHub | null): void;
  /** Pushes a device event (device.status, print.result) to every client. */
  publish<K extends EventName>(name: K, data: HallEvents[K]): void;
  service(id: string): ServiceRow | undefined;
  enabledServices(): ServiceRow[];
  /** The services a window serves (its desk keypad shows their waiting count). */
  windowSkills(window: number): WindowSkills;
  /** A ticket of today by id (the latest without one), or null. */
  findTicket(id: number | undefined): TicketView | null;
  findTicketByNumber(number: string): TicketView | null;
  hallName(): string;
  timeZone(): string;
  /** The hall's clock (ms): the time a reprint says it was reprinted at. */
  now(): number;
  /** The hall's ticket notice lines (config.saveHall); empty when the manager set none. */
  ticketNotice(): string[];
  /** A ticket's progress-page token (the same for every ticket of a transfer chain) and the language its resident chose. */
  ticketLink(ticketId: number): { token: string; lang: Lang | null };
  /** Where residents' phones reach the hall (the QR code's base); null: print no QR code. */
  publicBaseUrl(): string | null;
  /** How many are called before a ticket that is still waiting today; null for any other. */
  waitingAhead(ticketId: number): number | null;
  /** The bus addresses the manager saved for the windows in use (config.saveWindow), as they are now. */
  windowAddresses(): WindowAddresses[];
}

export interface WindowAddresses {
  window: number;
  ledAddress: number | null;
  keypadAddress: number | null;
}

export interface DeviceParts {
  devicePort: DevicePort;
  /** Every device's status now (as devices.list answers; empty until the device layer attaches): the live hall view's faults. */
  deviceStatus(): DeviceStatus[];
}

export const deviceCapability = {
  name: 'devices',
  settings: {},
  migrations: [],
  routes: deviceRoutes,
  start(ctx, { engine, notices, ticketLinks, publicAddress }) {
    let hub: DeviceHub | null = null;
    const sql = statementCache(ctx.db);
    const printer = () => {
      if (!hub?.hasPrinter()) throw new HallFault('conflict', 'no ticket printer is configured', undefined, 'no_printer');
      return hub;
    };
    const devicePort: DevicePort = {
      attach: (next) => void (hub = next),
      publish: (name, data) => ctx.emit(name, data),
      service: (id) => engine.config.service(id),
      enabledServices: () => engine.config.allServices().filter((s) => s.enabled),
      windowSkills: (window) => engine.config.skills(window),
      findTicket: (id) => engine.findTicket(id),
      findTicketByNumber: (number) => engine.findTicketByNumber(number),
      hallName: () => ctx.settings.get('hallName'),
      timeZone: () => ctx.settings.get('timeZone'),
      now: () => ctx.clock.now(),
      ticketNotice: () => notices.read().ticketNotice,
      ticketLink: (ticketId) => ({ token: ticketLinks.tokenOf(ticketId), lang: ticketLinks.langOf(ticketId) }),
      publicBaseUrl: () => publicAddress.baseUrl(),
      waitingAhead: (ticketId) => engine.estimateFor(ticketId)?.ahead ?? null,
      // Read at every hall.changed by the hall bus (it follows saved changes live): a cached statement.
      windowAddresses: () =>
        sql(
          'SELECT number AS window, led_address AS ledAddress, keypad_address AS keypadAddress FROM windows WHERE enabled = 1 ORDER BY number',
        ).all() as WindowAddresses[],
    };
    return {
      provides: { devicePort, deviceStatus: () => hub?.status() ?? [] },
      handlers: {
        'devices.list': () => hub?.status() ?? [],
        'tickets.reprint': ({ ticketId }, c) => {
          const devices = printer();
          const ticket = engine.findTicket(ticketId);
          if (!ticket) throw new HallFault('not_found', ticketId === undefined ? 'no ticket issued today' : `no such ticket: ${ticketId}`, 'ticketId');
          engine.noteReprint(ticket, actorOf(c)); // on disk before the job is queued: no reprint goes unrecorded
          devices.reprint(ticket);
          return { ticketId: ticket.id, number: ticket.number };
        },
        'tickets.printout': (query) => {
          const printout = hub?.printout;
          if (!printout) throw new HallFault('conflict', 'no ticket printer is configured', undefined, 'no_printer');
          return printout(query);
        },
      },
    };
  },
} satisfies Capability<Pick<QueueParts, 'engine' | 'notices' | 'ticketLinks' | 'publicAddress'>, DeviceParts, Record<never, never>>;
