// An import's plan, readable: per section how many entries are created, changed, unchanged and kept
// (an import never deletes), each created entry named, each changed one with its fields before → after,
// and the warnings, one line per kind (clerks new to the hall have no PIN yet, devices are unpaired).
// Also the setup page's dry run of starting from another hall's file.
import { useTranslation } from 'react-i18next';
import type { ImportPlan, PlanChange, PlanWarning, SectionPlan } from '../../../electron/contract';
import './import-plan.css';
import { joinList } from '../shared/list-text';

/** Leaf values of an entry by path (`name.zh-CN`), to show only what a change changes. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  } else out.set(path, Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : JSON.stringify(value ?? null));
  return out;
}

function labelOf(change: PlanChange): string {
  const after = change.after as { name?: unknown; hallName?: string };
  const name = typeof after.name === 'string' ? after.name : (after.name as Record<string, string> | undefined)?.['zh-CN'];
  if (change.key === 'hall') return after.hallName ?? '';
  return name?.includes(change.key) ? name : [change.key, name].filter(Boolean).join(' ');
}

function ChangedEntry({ change }: { change: PlanChange }) {
  const { t } = useTranslation();
  const before = leaves(change.before);
  const after = leaves(change.after);
  const fields = [...after.keys()].filter((k) => before.get(k) !== after.get(k));
  return (
    <li>
      <strong>{labelOf(change)}</strong>
      {fields.map((f) => (
        <span key={f} className="plan-diff">
          {t(`transfer.field.${f.replace('.', '_')}`, { defaultValue: f })}: <del>{before.get(f) ?? '—'}</del> → <ins>{after.get(f)}</ins>
        </span>
      ))}
    </li>
  );
}

function SectionCard({ plan }: { plan: SectionPlan }) {
  const { t } = useTranslation();
  const count = (key: 'created' | 'changed' | 'unchanged' | 'kept', n: number) => (
    <span className={`plan-count plan-count-${key}`} data-testid={`plan-${plan.section}-${key}`}>
      {t(`transfer.plan.${key}`, { count: n })}
    </span>
  );
  return (
    <section className="plan-section" data-testid={`plan-${plan.section}`}>
      <h4>{t(`transfer.section.${plan.section}`)}</h4>
      <div className="plan-counts">
        {count('created', plan.created.length)}
        {count('changed', plan.changed.length)}
        {count('unchanged', plan.unchanged.length)}
        {count('kept', plan.kept.length)}
      </div>
      {plan.created.length > 0 && <p className="plan-created">{joinList(t, plan.created.map(labelOf))}</p>}
      {plan.changed.length > 0 && (
        <ul className="plan-changed">
          {plan.changed.map((c) => (
            <ChangedEntry key={c.key} change={c} />
          ))}
        </ul>
      )}
      {plan.kept.length > 0 && <p className="plan-kept">{t('transfer.plan.keptNote', { keys: joinList(t, plan.kept) })}</p>}
    </section>
  );
}

/** The warnings grouped by code, in the order they first come. */
function byCode(warnings: PlanWarning[]): [PlanWarning['code'], string[]][] {
  const groups = new Map<PlanWarning['code'], string[]>();
  for (const w of warnings) groups.set(w.code, [...(groups.get(w.code) ?? []), w.key]);
  return [...groups];
}

export function ImportPlanView({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation();
  const nothing = plan.sections.every((s) => s.created.length === 0 && s.changed.length === 0);
  return (
    <div className="import-plan" data-testid="import-plan">
      <p className="plan-headline">{plan.applied ? t('transfer.plan.applied') : nothing ? t('transfer.plan.nothing') : t('transfer.plan.dryRun')}</p>
      {plan.warnings.length > 0 && (
        <ul className="plan-warnings" data-testid="plan-warnings">
          {byCode(plan.warnings).map(([code, keys]) => (
            <li key={code} data-testid={`plan-warning-${code}`}>
              {t(`transfer.warnings.${code}`, { count: keys.length, keys: joinList(t, keys) })}
            </li>
          ))}
        </ul>
      )}
      <div className="plan-sections">
        {plan.sections.map((s) => (
          <SectionCard key={s.section} plan={s} />
        ))}
      </div>
    </div>
  );
}
