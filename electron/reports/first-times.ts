// Each ticket's first ticket.issued and first ticket.called time (ms), kept in two typed arrays
// indexed by ticket id from the lowest id seen: a year's half-million tickets in 8 MB, where a Map of
// objects took hundreds. The arrays grow (both ways) to the ids the events name. And the spans a ticket
// was held (挂起, ticket.held → ticket.resumed): not handling time. Few tickets are held: a Map.
export class FirstTimes {
  private readonly heldSince = new Map<number, number>();
  private readonly heldSpans = new Map<number, { from: number; to: number }[]>();

  private lo = 0;
  private issued = new Float64Array(0);
  private called = new Float64Array(0);
  private issuedLo = Infinity;
  private issuedHi = -Infinity;

  note(id: number, type: string, at: number): void {
    if (type === 'ticket.held') {
      if (!this.heldSince.has(id)) this.heldSince.set(id, at);
      return;
    }
    if (type === 'ticket.resumed') {
      const from = this.heldSince.get(id);
      if (from === undefined) return;
      this.heldSince.delete(id);
      this.heldSpans.set(id, [...(this.heldSpans.get(id) ?? []), { from, to: at }]);
      return;
    }
    this.fit(id);
    const issued = type === 'ticket.issued';
    const list = issued ? this.issued : this.called;
    if (Number.isNaN(list[id - this.lo])) list[id - this.lo] = at;
    if (issued) {
      if (id < this.issuedLo) this.issuedLo = id;
      if (id > this.issuedHi) this.issuedHi = id;
    }
  }

  /** The lowest and highest id of a ticket.issued seen (every ticket has one, on its own business day), or null. */
  get issuedSpan(): { lo: number; hi: number } | null {
    return this.issuedLo > this.issuedHi ? null : { lo: this.issuedLo, hi: this.issuedHi };
  }

  /** A ticket's first issue or call (ms); NaN where there is none. */
  issuedAt = (id: number): number => this.at(this.issued, id);
  calledAt = (id: number): number => this.at(this.called, id);

  /** Of the span from → to (ms), how long the ticket was held. */
  heldWithin(id: number, from: number, to: number): number {
    let ms = 0;
    for (const span of this.heldSpans.get(id) ?? []) ms += Math.max(0, Math.min(to, span.to) - Math.max(from, span.from));
    return ms;
  }

  private at(list: Float64Array, id: number): number {
    const i = id - this.lo;
    return i >= 0 && i < list.length ? list[i]! : NaN;
  }

  private fit(id: number): void {
    const size = this.issued.length;
    if (size > 0 && id >= this.lo && id < this.lo + size) return;
    let lo = this.lo;
    let grown: number;
    if (size === 0) {
      lo = id;
      grown = 1024;
    } else if (id < this.lo) {
      grown = Math.max(size * 2, this.lo + size - id);
      lo = Math.max(0, this.lo + size - grown); // keeps the top, room below
    } else grown = Math.max(size * 2, id - this.lo + 1);
    for (const key of ['issued', 'called'] as const) {
      const next = new Float64Array(grown).fill(NaN);
      if (size > 0) next.set(this[key], this.lo - lo);
      this[key] = next;
    }
    this.lo = lo;
  }
}
