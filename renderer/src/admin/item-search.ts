// The catalogue's search box: a code, a part of a name in any language, or the pinyin of a Chinese
// name, whole or by initials (社保卡 by "sbk" or "shebao"), through pinyin-pro's matcher, so the manager
// finds one of a hall's 66–220 items without typing Chinese.
import { match } from 'pinyin-pro';
import type { ItemConfigView } from '../../../electron/contract';

export function itemMatches(item: ItemConfigView, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  if (item.code.toLowerCase().includes(q)) return true;
  const names = [item.name['zh-CN'], item.name['zh-TW'], item.name.en];
  if (names.some((n) => n.toLowerCase().includes(q))) return true;
  // Pinyin only for letters: the matcher reads its query as pinyin.
  if (!/^[a-z\s]+$/.test(q)) return false;
  return [item.name['zh-CN'], item.name['zh-TW']].some((n) => match(n, q, { continuous: true, space: 'ignore' }) !== null);
}
