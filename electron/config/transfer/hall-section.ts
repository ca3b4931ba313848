// The hall's own settings in the configuration file: name, call policy, max wait, recent calls and the
// 好差评 rules, read from and written to the one settings store. What a file omits is kept.
import { hallSection, type HallSection, type PlanChange, type SectionPlan } from '../../contract';
import { sameValue } from './section';

export const hallKeys = Object.keys(hallSection.shape) as (keyof HallSection)[];

/** The settings store as the transfer uses it: any key of the hall's one store. */
export interface TransferSettings {
  get(key: string): unknown;
  update(change: Record<string, unknown>, alongside: () => void): void;
}

export function readHall(settings: TransferSettings): HallSection {
  return Object.fromEntries(hallKeys.map((key) => [key, settings.get(key)])) as HallSection;
}

/** The settings the file changes, and the plan of the hall section. */
export function planHall(settings: TransferSettings, given: HallSection): { change: Partial<HallSection>; plan: SectionPlan; audit: PlanChange | null } {
  const before = readHall(settings);
  const named = hallKeys.filter((key) => given[key] !== undefined);
  const change = Object.fromEntries(named.filter((key) => !sameValue(given[key], before[key])).map((key) => [key, given[key]]));
  const after = { ...before, ...change };
  const audit = Object.keys(change).length > 0 ? { key: 'hall', before, after } : null;
  const plan: SectionPlan = {
    section: 'hall',
    created: [],
    changed: audit ? [audit] : [],
    unchanged: audit || named.length === 0 ? [] : ['hall'],
    kept: hallKeys.filter((key) => !named.includes(key)),
  };
  return { change, plan, audit };
}
