// Small helpers of the Windows and Clerks pages: a name in the page's language, the field a refusal
// names, a time as the manager reads it.
import type { HallError, Localized } from '../../../electron/contract';

export const localName = (name: Localized, language: string): string => name[language as keyof Localized] ?? name['zh-CN'];

/** The input field a refusal names (its first segment: `profile.A` → `profile`), or null. */
export const fieldOf = (error: HallError | null): string | null => error?.field?.split('.')[0] ?? null;

export const shortTime = (iso: string | null, language: string): string =>
  iso === null ? '—' : new Date(iso).toLocaleString(language, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
