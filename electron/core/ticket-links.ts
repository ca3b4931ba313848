// The link in a ticket's QR code: `<publicBaseUrl>/t/<token>`, the token being the ticket's id (base 36)
// and an HMAC of it under the hall's own key, so it cannot be had from the number on the paper (A001
// is printed, the token is not derived from it) nor made up for another ticket; nothing is stored
// per ticket. A transferred ticket keeps its paper, so the token is the first ticket's of its chain
// and the page follows the chain to the latest. The resident's language is in the ticket.issued event.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { progressToken, type Lang } from '../contract';
import { statementCache, type Db } from './db';
import type { TicketRow } from './rows';

const MAC_CHARS = 22; // 132 bits of the HMAC-SHA256, base64url

/** A new key for a hall that has none: 32 random bytes, hex. */
export const newTicketLinkKey = () => randomBytes(32).toString('hex');

const langs: readonly Lang[] = ['zh-CN', 'zh-TW', 'en'];

export class TicketLinks {
  private readonly sql: ReturnType<typeof statementCache>;

  constructor(
    db: Db,
    private readonly key: () => string,
  ) {
    this.sql = statementCache(db);
  }

  private mac(ticketId: number): string {
    return createHmac('sha256', Buffer.from(this.key(), 'hex')).update(`ticket:${ticketId}`).digest('base64url').slice(0, MAC_CHARS);
  }

  /** The first ticket of a transfer chain (the one whose paper the resident holds). */
  root(ticketId: number): number {
    let id = ticketId;
    for (let hops = 0; hops < 100; hops++) {
      const row = this.sql('SELECT transferred_from AS up FROM tickets WHERE id = ?').get(id) as { up: number | null } | undefined;
      if (!row || row.up === null) return id;
      id = row.up;
    }
    return id;
  }

  /** The latest ticket of the chain that starts at `rootId` (after transfers), or null for no such ticket. */
  latest(rootId: number): TicketRow | null {
    let row = this.sql('SELECT * FROM tickets WHERE id = ?').get(rootId) as TicketRow | undefined;
    for (let hops = 0; row && hops < 100; hops++) {
      const next = this.sql('SELECT * FROM tickets WHERE business_day = ? AND transferred_from = ? ORDER BY id LIMIT 1').get(row.business_day, row.id) as
        TicketRow | undefined;
      if (!next) break;
      row = next;
    }
    return row ?? null;
  }

  /** The token for a ticket (any of its chain: the same token). */
  tokenOf(ticketId: number): string {
    const root = this.root(ticketId);
    return `${root.toString(36)}-${this.mac(root)}`;
  }

  /** The first ticket's id a token stands for, or null when it is malformed or its HMAC is wrong. */
  ticketOf(token: string): number | null {
    if (!progressToken.safeParse(token).success) return null;
    // At the first dash only: the MAC is base64url, which has dashes of its own.
    const dash = token.indexOf('-');
    const id36 = token.slice(0, dash);
    const mac = token.slice(dash + 1);
    const id = parseInt(id36, 36);
    if (!Number.isSafeInteger(id) || id <= 0 || id.toString(36) !== id36) return null;
    const expected = Buffer.from(this.mac(id));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
  }

  /** The language the resident chose when the first ticket of the chain was issued; null when none was. */
  langOf(ticketId: number): Lang | null {
    const root = this.root(ticketId);
    const row = this.sql(
      `SELECT e.data FROM tickets t JOIN events e ON e.business_day = t.business_day AND e.ticket_id = t.id AND e.type = 'ticket.issued'
       WHERE t.id = ? ORDER BY e.id LIMIT 1`,
    ).get(root) as { data: string } | undefined;
    if (!row) return null;
    try {
      const lang = (JSON.parse(row.data) as { lang?: unknown }).lang;
      return langs.includes(lang as Lang) ? (lang as Lang) : null;
    } catch {
      return null;
    }
  }
}
