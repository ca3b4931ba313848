// Export and import of the whole configuration. An import is first checked entry by entry against the
// file's schema and against the hall (an error names the entry and field and changes nothing), then
// planned (per section: created, changed before → after, unchanged, kept), and only when it is not a
// dry run applied: every write, its audit row (one per changed entry, as the manager's own saves
// record them, plus one `config.imported` with the counts) and the hall settings in ONE transaction,
// then live (the queue re-reads, every screen hears hall.changed). An import never deletes.
import { configFile, HallFault, type ConfigFile, type ImportPlan, type PlanChange, type PlanWarning, type SectionName, type SectionPlan } from '../../contract';
import type { Clock } from '../../core/clock';
import type { Db } from '../../core/db';
import type { AuditTrail } from '../audit';
import { planHall, readHall, type TransferSettings } from './hall-section';
import { pathText, sameValue, entryFault, type AnySection, type ImportContext } from './section';
import { entrySections } from './sections';

export interface TransferParts {
  db: Db;
  audit: AuditTrail;
  settings: TransferSettings;
  clock: Clock;
  /** After an applied import: the queue re-reads its configuration, the screens hear of it. */
  applied(): void;
}

interface Write {
  section: AnySection;
  entry: unknown;
  exists: boolean;
  change: PlanChange;
}

export class ConfigTransfer {
  constructor(private readonly parts: TransferParts) {}

  export(): ConfigFile {
    const { db, settings, clock } = this.parts;
    const file: Record<string, unknown> = { format: 'tongban-config', version: 1, exportedAt: new Date(clock.now()).toISOString(), hall: readHall(settings) };
    for (const section of entrySections) file[section.name] = section.read(db);
    return file as ConfigFile;
  }

  /** Checks `raw` against the file's schema first (the fault names the entry and field). */
  import(raw: unknown, dryRun: boolean, userId: string): ImportPlan {
    return this.apply(parseConfigFile(raw), dryRun, userId);
  }

  /** Plans (and unless a dry run, applies) a parsed file; `only` limits it to some sections (the catalogue import). */
  apply(file: ConfigFile, dryRun: boolean, userId: string, only?: readonly SectionName[]): ImportPlan {
    const prepared = this.prepare(file, userId, only);
    if (dryRun || prepared.changes === 0) return prepared.plan;
    this.parts.settings.update(prepared.hallChange, prepared.write);
    this.parts.applied();
    return { ...prepared.plan, applied: true };
  }

  /**
   * Checks and plans a parsed file against the hall, writing nothing: the plan (not applied), the hall
   * settings it changes, and `write`, which writes every entry and its audit inside the caller's
   * transaction (the settings store's `update(hallChange, write)`, as `apply` and first-run setup do).
   */
  prepare(file: ConfigFile, userId: string, only?: readonly SectionName[]): PreparedImport {
    const { db, audit, settings } = this.parts;
    const ctx: ImportContext = { db, file, userId, now: this.parts.clock.now() };
    const wanted = (name: SectionName) => !only || only.includes(name);
    const hall = wanted('hall') ? planHall(settings, file.hall) : null;
    const sections: SectionPlan[] = hall ? [hall.plan] : [];
    const writes: Write[] = [];
    const warnings: PlanWarning[] = [];
    for (const section of entrySections.filter((s) => wanted(s.name))) {
      const planned = planSection(section, ctx);
      sections.push(planned.plan);
      writes.push(...planned.writes);
      warnings.push(...planned.warnings);
    }
    const write = () => {
      for (const section of entrySections) {
        section.beforeWrites?.(
          db,
          writes.filter((w) => w.section === section && w.exists).map((w) => w.entry),
        );
      }
      for (const w of writes) {
        w.section.write(db, w.entry, w.exists, ctx);
        audit.record(userId, `${w.section.what}.${w.exists ? 'updated' : 'created'}`, w.change.key, w.change.before, w.change.after);
      }
      if (hall?.audit) audit.record(userId, 'hall.updated', null, hall.audit.before, hall.audit.after);
      const counts = Object.fromEntries(sections.map((s) => [s.section, { created: s.created.length, changed: s.changed.length }]));
      audit.record(userId, 'config.imported', null, null, { exportedAt: file.exportedAt, counts });
    };
    return {
      plan: { applied: false, sections, warnings },
      hallChange: hall?.change ?? {},
      changes: writes.length + (hall?.audit ? 1 : 0),
      write,
    };
  }
}

export interface PreparedImport {
  plan: ImportPlan;
  hallChange: Record<string, unknown>;
  /** Entries created or changed, plus one for the hall settings when they change. */
  changes: number;
  /** Runs inside a transaction: every write and its audit row. */
  write(): void;
}

/** The file checked against its schema; the fault names the first bad entry and field. */
export function parseConfigFile(raw: unknown): ConfigFile {
  if (raw === undefined) throw new HallFault('bad_request', 'file: the configuration file is missing', 'file');
  const parsed = configFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = pathText(issue.path) || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : 'file');
    throw new HallFault('bad_request', `${path}: ${issue.message}`, path);
  }
  return parsed.data;
}

function planSection(section: AnySection, ctx: ImportContext): { plan: SectionPlan; writes: Write[]; warnings: PlanWarning[] } {
  const inHall = new Map(section.read(ctx.db).map((e) => [section.keyOf(e), e]));
  const plan: SectionPlan = { section: section.name, created: [], changed: [], unchanged: [], kept: [] };
  const writes: Write[] = [];
  const warnings: PlanWarning[] = [];
  const seen = new Set<string>();
  section.entries(ctx.file).forEach((entry, i) => {
    const at = `${section.name}[${i}]`;
    const key = section.keyOf(entry);
    if (seen.has(key)) throw entryFault(at, section.keyField, `${key} is in the file twice`);
    seen.add(key);
    section.check?.(entry, at, ctx);
    const before = inHall.get(key);
    const shown = (e: unknown) => (e === undefined ? null : section.describe ? section.describe(e) : e);
    const change = { key, before: shown(before), after: shown(entry) };
    if (before === undefined) plan.created.push(change);
    else if (!sameValue(before, entry)) plan.changed.push(change);
    else plan.unchanged.push(key);
    if (before === undefined || !sameValue(before, entry)) writes.push({ section, entry, exists: before !== undefined, change });
    const warning = section.warning?.(entry, before !== undefined);
    if (warning) warnings.push({ ...warning, section: section.name, key });
  });
  plan.kept = [...inHall.keys()].filter((key) => !seen.has(key));
  return { plan, writes, warnings };
}
