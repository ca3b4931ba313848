// The hall's configuration as the engine reads it: services, items, windows and their skill profiles.
// Cached in memory (it changes only through the manager) and reloaded after any change.
import type { ItemView, WindowView } from '../contract';
import { statementCache, type Db } from './db';
import type { WindowSkills } from './policy';
import { itemInitials } from './item-initials';
import { itemView, ticketView, type ItemRow, type ServiceRow, type TicketRow, type WindowRow } from './rows';

export class HallConfig {
  private services = new Map<string, ServiceRow>();
  private items = new Map<string, ItemRow>();
  /** The items as clients see them, with their pinyin initials (worked out once per reload). */
  private views: ItemView[] = [];
  private skillsByWindow = new Map<number, { primary: string[]; backup: string[] }>();

  private readonly sql: ReturnType<typeof statementCache>;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
    this.reload();
  }

  reload(): void {
    const services = this.sql('SELECT * FROM services ORDER BY sort, id').all() as ServiceRow[];
    this.services = new Map(services.map((s) => [s.id, s]));
    // Retired items stay in the table (tickets name them) but are no longer offered.
    const items = this.sql('SELECT * FROM items WHERE enabled = 1 ORDER BY service_id, code').all() as ItemRow[];
    this.items = new Map(items.map((i) => [i.code, i]));
    this.views = items.map((i) => {
      const view = itemView(i);
      return { ...view, initials: itemInitials(view.name) };
    });
    this.skillsByWindow = new Map();
    const links = this.sql('SELECT ws.* FROM window_services ws JOIN services s ON s.id = ws.service_id ORDER BY ws.window_no, s.sort, s.id').all() as {
      window_no: number;
      service_id: string;
      role: 'primary' | 'backup';
    }[];
    for (const link of links) {
      const skills = this.skillsByWindow.get(link.window_no) ?? { primary: [], backup: [] };
      skills[link.role].push(link.service_id);
      this.skillsByWindow.set(link.window_no, skills);
    }
  }

  service(id: string): ServiceRow | undefined {
    return this.services.get(id);
  }

  allServices(): ServiceRow[] {
    return [...this.services.values()];
  }

  item(code: string): ItemRow | undefined {
    return this.items.get(code);
  }

  itemViews(serviceId?: string): ItemView[] {
    return this.views.filter((i) => serviceId === undefined || i.serviceId === serviceId);
  }

  skills(windowNo: number): WindowSkills {
    return this.skillsByWindow.get(windowNo) ?? { primary: [], backup: [] };
  }

  /** Open windows (staffed, not paused) that serve this service, as primary or backup. */
  openWindowsServing(serviceId: string): number {
    const open = this.sql("SELECT number FROM windows WHERE status = 'open'").all() as { number: number }[];
    return open.filter(({ number }) => {
      const s = this.skills(number);
      return s.primary.includes(serviceId) || s.backup.includes(serviceId);
    }).length;
  }

  windowViews(): WindowView[] {
    // Retired windows (migration 8) keep their history but are no longer part of the hall.
    const rows = this.sql(
      `SELECT w.*, u.name AS clerk_name FROM windows w LEFT JOIN users u ON u.id = w.clerk_id WHERE w.enabled = 1 ORDER BY w.number`,
    ).all() as (WindowRow & {
      clerk_name: string | null;
    })[];
    return rows.map((w) => this.toView(w));
  }

  windowView(windowNo: number): WindowView {
    const w = this.sql('SELECT w.*, u.name AS clerk_name FROM windows w LEFT JOIN users u ON u.id = w.clerk_id WHERE w.number = ?').get(
      windowNo,
    ) as WindowRow & { clerk_name: string | null };
    return this.toView(w);
  }

  private toView(w: WindowRow & { clerk_name: string | null }): WindowView {
    const current = w.current_ticket_id === null ? null : ticketView(this.sql('SELECT * FROM tickets WHERE id = ?').get(w.current_ticket_id) as TicketRow);
    return {
      number: w.number,
      name: w.name,
      status: w.status,
      pauseReason: w.pause_reason as WindowView['pauseReason'],
      clerk: w.clerk_id === null ? null : { id: w.clerk_id, name: w.clerk_name ?? w.clerk_id },
      current,
    };
  }
}
