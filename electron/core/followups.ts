// The follow-up case of every 差评: opened with the rating, due after the hall's follow-up days, and
// worked through 核实 (verify) → 整改 (rectify) → 反馈 (reply), each step once, in order, with who,
// when and notes. Cases and steps are never changed back or deleted (triggers refuse it too).
import { followUpSteps, HallFault, type FollowUpFilter, type FollowUpStep, type FollowUpStepRecord, type FollowUpView } from '../contract';
import { toIso } from './clock';
import { logEvent, RATING_SELECT, ratingView, type RatingRowNamed, type Sql } from './rating-rows';

const DAY_MS = 86_400_000;
const LIST_LIMIT = 500;

interface FollowUpRow {
  id: number;
  rating_id: number;
  opened_at: number;
  due_at: number;
  closed_at: number | null;
}

const WHERE: Record<FollowUpFilter, string> = {
  open: 'f.closed_at IS NULL',
  overdue: 'f.closed_at IS NULL AND f.due_at < @now',
  closed: 'f.closed_at IS NOT NULL',
  all: '1',
};

export class FollowUps {
  constructor(
    private readonly sql: Sql,
    private readonly dueDays: () => number,
  ) {}

  /** Inside the rating's transaction. */
  open(ratingId: number, ticketId: number, windowNo: number, now: number, day: string): void {
    const dueAt = now + this.dueDays() * DAY_MS;
    const id = Number(this.sql('INSERT INTO followups (rating_id, opened_at, due_at) VALUES (?, ?, ?)').run(ratingId, now, dueAt).lastInsertRowid);
    logEvent(this.sql, now, day, 'followup.opened', ticketId, windowNo, null, { followUpId: id, ratingId, dueAt: toIso(dueAt) });
  }

  /** Open cases first, the most urgent on top; then closed ones, the latest first. */
  list(filter: FollowUpFilter, now: number): FollowUpView[] {
    const rows = this.sql(
      `SELECT f.* FROM followups f WHERE ${WHERE[filter]}
       ORDER BY f.closed_at IS NOT NULL, CASE WHEN f.closed_at IS NULL THEN f.due_at ELSE -f.closed_at END, f.id LIMIT ${LIST_LIMIT}`,
    ).all(filter === 'overdue' ? { now } : {}) as FollowUpRow[];
    return rows.map((row) => this.view(row, now));
  }

  get(id: number, now: number): FollowUpView {
    return this.view(this.row(id), now);
  }

  record(id: number, step: FollowUpStep, notes: string, user: string, now: number, day: string): FollowUpView {
    const row = this.row(id);
    const next = this.nextStep(id);
    if (next === null) throw new HallFault('conflict', `follow-up ${id} is closed`, undefined, 'followup_step_order');
    if (step !== next) throw new HallFault('conflict', `the next step of follow-up ${id} is ${next}, not ${step}`, undefined, 'followup_step_order');
    this.sql('INSERT INTO followup_steps (followup_id, step, user_id, at, notes) VALUES (?, ?, ?, ?, ?)').run(id, step, user, now, notes);
    if (step === 'reply') this.sql('UPDATE followups SET closed_at = ? WHERE id = ?').run(now, id);
    const rating = this.sql('SELECT ticket_id, window_no FROM ratings WHERE id = ?').get(row.rating_id) as { ticket_id: number; window_no: number };
    logEvent(this.sql, now, day, 'followup.step', rating.ticket_id, rating.window_no, user, { followUpId: id, step, notes });
    return this.get(id, now);
  }

  private row(id: number): FollowUpRow {
    const row = this.sql('SELECT * FROM followups WHERE id = ?').get(id) as FollowUpRow | undefined;
    if (!row) throw new HallFault('not_found', `no such follow-up: ${id}`, 'id');
    return row;
  }

  private steps(id: number): FollowUpStepRecord[] {
    const rows = this.sql(
      `SELECT s.step, s.user_id, u.name, s.at, s.notes FROM followup_steps s JOIN users u ON u.id = s.user_id
       WHERE s.followup_id = ? ORDER BY s.at, s.rowid`,
    ).all(id) as { step: FollowUpStep; user_id: string; name: string; at: number; notes: string }[];
    return rows.map((s) => ({ step: s.step, by: { id: s.user_id, name: s.name }, at: toIso(s.at)!, notes: s.notes }));
  }

  private nextStep(id: number): FollowUpStep | null {
    const done = this.sql('SELECT count(*) AS n FROM followup_steps WHERE followup_id = ?').get(id) as { n: number };
    return followUpSteps[done.n] ?? null;
  }

  private view(row: FollowUpRow, now: number): FollowUpView {
    const rating = this.sql(`${RATING_SELECT} WHERE r.id = ?`).get(row.rating_id) as RatingRowNamed;
    const steps = this.steps(row.id);
    return {
      id: row.id,
      rating: ratingView(rating),
      openedAt: toIso(row.opened_at)!,
      dueAt: toIso(row.due_at)!,
      steps,
      nextStep: followUpSteps[steps.length] ?? null,
      closedAt: toIso(row.closed_at),
      overdue: (row.closed_at ?? now) > row.due_at,
    };
  }
}
