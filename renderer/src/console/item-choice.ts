// Which items the 办结 dialog offers, in which order: the item last used at this window first (it is
// preselected, so one Enter finishes a run of the same item), then the ticket's own service, then the
// rest (一窗通办: any window may handle any item). A query narrows them by code, by a part of a name in
// any language, or by pinyin initials ("jy" → 就业失业登记), which the hall works out (ItemView.initials),
// so the console needs no pinyin dictionary of its own.
import type { ItemView } from '../../../electron/contract';

export interface ItemQuery {
  serviceId: string;
  lastItemCode: string | null;
  query: string;
  /** Show every service's items with an empty query too. */
  all: boolean;
}

/** 0: the query starts the code, a name or the initials; 1: it is inside one; null: no match. */
function matchRank(item: ItemView, q: string): 0 | 1 | null {
  if (q === '') return 0;
  const texts = [item.code, item.name['zh-CN'], item.name['zh-TW'], item.name.en].map((s) => s.toLowerCase());
  // Initials only for letters: digits and Chinese are matched against codes and names.
  if (/^[a-z]+$/.test(q)) texts.push(...(item.initials ?? '').split(' ').filter(Boolean));
  if (texts.some((s) => s.startsWith(q))) return 0;
  if (texts.some((s) => s.includes(q))) return 1;
  return null;
}

export function itemsOffered(items: ItemView[], { serviceId, lastItemCode, query, all }: ItemQuery): ItemView[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  const wide = all || q !== '';
  const ranked: { item: ItemView; key: number[] }[] = [];
  items.forEach((item, index) => {
    const last = item.code === lastItemCode;
    const own = item.serviceId === serviceId;
    if (!wide && !own && !last) return;
    const rank = matchRank(item, q);
    if (rank === null) return;
    ranked.push({ item, key: [last ? 0 : 1, rank, own ? 0 : 1, index] });
  });
  const before = (a: number[], b: number[]) => a.findIndex((v, i) => v !== b[i]);
  return ranked
    .sort((a, b) => {
      const i = before(a.key, b.key);
      return i < 0 ? 0 : a.key[i]! - b.key[i]!;
    })
    .map((r) => r.item);
}
