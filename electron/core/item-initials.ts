// The pinyin initials of an item's Chinese names (户籍证明 → "hjzm"), worked out here in the hall core
// so the console's 办结 search matches initials without shipping pinyin-pro's dictionary to every
// window. Polyphones are read in context by pinyin-pro; letters and digits of a name are kept.
import { pinyin } from 'pinyin-pro';
import type { Localized } from '../contract';

const initialsOf = (name: string): string =>
  pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** The initials of the zh-CN name, and of the zh-TW name where they differ (space-separated). */
export function itemInitials(name: Localized): string {
  const simplified = initialsOf(name['zh-CN']);
  const traditional = initialsOf(name['zh-TW']);
  return traditional === simplified ? simplified : `${simplified} ${traditional}`;
}
