// First-run setup from a configuration file another hall exported (template `file`): the hall's name,
// codes, time zone and first manager come from the setup form; the file's hall rules, services, items,
// windows (profiles, bus addresses), clerks (with photos, never PINs) and device accounts (unpaired)
// come from the file, checked entry by entry as config.import checks them (a fault names
// `file.<entry>.<field>`). Everything, the manager included, is written in ONE transaction, or nothing:
// a setup refused or cut off leaves an empty folder that is simply offered again.
//
// The file's account of the new manager's 工号, if any, gives way to the form's (a warning says so).
// Every other imported clerk has no PIN (NO_PIN): they cannot log in until the manager sets their PIN
// on the Clerks page (config.resetPin), which the plan's clerk_without_pin warnings list.
import { HallFault, type ConfigFile, type ImportPlan, type ParsedInput, type SetupDone } from '../contract';
import { hashPin } from '../core/auth';
import type { Db } from '../core/db';
import type { AuditTrail } from './audit';
import { parseConfigFile, type ConfigTransfer } from './transfer/config-transfer';

/** What setup from a file needs of first-run setup's parts (first-run.ts). */
export interface FileSetupParts {
  db: Db;
  settings: { update(change: Record<string, unknown>, alongside: () => void): void };
  audit: AuditTrail;
  transfer: ConfigTransfer;
  applied(): void;
}

/** The dry run: what setup from this file would create in this (empty) hall. */
export function previewSetup(parts: FileSetupParts, raw: unknown, managerId?: string): ImportPlan {
  const { file, warnings } = fileForSetup(raw, managerId);
  const plan = inFile(() => parts.transfer.prepare(file, managerId ?? '').plan);
  return forSetup(plan, warnings);
}

export function setupFromFile(parts: FileSetupParts, input: ParsedInput<'setup.complete'>): SetupDone {
  const { db, settings, audit } = parts;
  const { manager } = input;
  const { file, warnings } = fileForSetup(input.file, manager.id);
  const prepared = inFile(() => parts.transfer.prepare(file, manager.id));
  const own = { hallName: input.hallName, timeZone: input.timeZone, hallCode: input.hallCode, regionCode: input.regionCode };
  settings.update({ ...prepared.hallChange, ...own }, () => {
    prepared.write();
    db.prepare("INSERT INTO users (id, name, role, pin_hash) VALUES (?, ?, 'admin', ?)").run(manager.id, manager.name, hashPin(manager.pin));
    const { pin: _secret, ...who } = manager; // never a PIN in the audit
    audit.record(manager.id, 'hall.setUp', null, null, { ...own, manager: who, template: 'file', exportedAt: file.exportedAt });
  });
  parts.applied();
  const created = (name: string) => prepared.plan.sections.find((s) => s.section === name)?.created.length ?? 0;
  const plan = { ...forSetup(prepared.plan, warnings), applied: true };
  return { manager: manager.id, services: created('services'), items: created('items'), plan };
}

/** The file as setup applies it: its hall name gives way to the form's, its account of the manager too. */
function fileForSetup(raw: unknown, managerId: string | undefined): { file: ConfigFile; warnings: ImportPlan['warnings'] } {
  const parsed = inFile(() => parseConfigFile(raw));
  const { hallName: _name, ...hall } = parsed.hall;
  const mine = parsed.clerks.find((c) => c.id === managerId);
  const file = { ...parsed, hall, clerks: parsed.clerks.filter((c) => c !== mine) };
  const warnings = mine
    ? [
        {
          code: 'manager_from_setup' as const,
          section: 'clerks' as const,
          key: mine.id,
          message: `${mine.id}: the manager of this setup, as the form gives it`,
        },
      ]
    : [];
  return { file, warnings };
}

/** The plan as setup shows it: the hall's name is the form's (not "kept"), the setup's own warnings first. */
function forSetup(plan: ImportPlan, warnings: ImportPlan['warnings']): ImportPlan {
  const sections = plan.sections.map((s) => (s.section === 'hall' ? { ...s, kept: s.kept.filter((key) => key !== 'hallName') } : s));
  return { ...plan, sections, warnings: [...warnings, ...plan.warnings] };
}

/** A fault about the file names it as the setup's `file` field: `file.items[3].serviceId`. */
function inFile<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof HallFault) || error.code !== 'bad_request') throw error;
    const field = error.field === 'file' || error.field === undefined ? 'file' : `file.${error.field}`;
    const message = error.field === 'file' ? error.message : `file.${error.message}`;
    throw new HallFault('bad_request', message, field);
  }
}
