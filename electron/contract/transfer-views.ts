// What an import answers: the plan, per section, of what would be (or was) created, changed (before →
// after), left as it is, and kept because the file does not name it (an import never deletes), with the
// warnings a manager must read before applying.
export type SectionName = 'hall' | 'services' | 'items' | 'windows' | 'clerks' | 'devices';

export interface PlanChange {
  /** The entry's key in its section: a service id, an item code, a window number, a 工号; `hall` for the hall. */
  key: string;
  /** null for an entry the import creates. */
  before: unknown;
  after: unknown;
}

export interface SectionPlan {
  section: SectionName;
  created: PlanChange[];
  changed: PlanChange[];
  /** In the file and already so in the hall. */
  unchanged: string[];
  /** In the hall but not in the file: left as they are. */
  kept: string[];
}

export interface PlanWarning {
  /** `clerk_without_pin`: a clerk new to this hall cannot log in until a manager resets their PIN. */
  /** `device_unpaired`: a device account new to this hall is paired there with a new code before it works. */
  /** `manager_from_setup`: at setup, the file's account of the new manager's 工号 gives way to the form's. */
  code: 'clerk_without_pin' | 'device_unpaired' | 'manager_from_setup';
  section: SectionName;
  key: string;
  message: string;
}

export interface ImportPlan {
  /** false for a dry run; true when the whole plan was applied (one transaction). */
  applied: boolean;
  sections: SectionPlan[];
  warnings: PlanWarning[];
}
