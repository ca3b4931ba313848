// Lists and brackets as each language writes them: 服务效率、服务态度 but "Efficiency, Attitude";
// 张三（1001） but "Zhang San (1001)". From i18n keys (consoleDay.list.*), not Intl.ListFormat, whose
// output differs between ICU builds (zh-CN "a、b和c" in one, "a、b、c" in another).
import type { TFunction } from 'i18next';

export const joinList = (t: TFunction, items: string[]): string => items.join(t('consoleDay.list.separator'));

/** "name（detail）" / "name (detail)". */
export const withBracket = (t: TFunction, name: string, detail: string | number): string => t('consoleDay.list.bracket', { name, detail });

/** Whole clauses: "…；…" / "…; …". */
export const joinSentences = (t: TFunction, items: string[]): string => items.join(t('consoleDay.list.sentences'));
