// A report slice's key as the manager reads it: the service's name, 3号窗口, the clerk's name with their
// 工号, 09:00, 周一. One function for the table and the charts.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDimension } from '../../../../electron/contract';
import { withBracket } from '../../shared/list-text';
import { useLang } from '../../shared/useLang';
import { useLiveQuery } from '../../shared/useLiveQuery';
import { useCatalog } from '../useCatalog';

export type SliceLabel = (by: ReportDimension, key: string) => string;

export function useSliceLabel(): SliceLabel {
  const { t } = useTranslation();
  const { lang } = useLang();
  const catalog = useCatalog();
  const clerks = useLiveQuery('config.clerks', {}, null).value;
  return useCallback(
    (by, key) => {
      if (by === 'service') return catalog.service(key)?.name[lang] ?? key;
      if (by === 'window') return t('reports.page.windowLabel', { n: key });
      if (by === 'weekday') return t(`reports.page.weekday.${key}`);
      if (by === 'hour') return `${key}:00`;
      if (by === 'clerk') {
        const name = clerks?.find((c) => c.id === key)?.name;
        return name ? withBracket(t, name, key) : key;
      }
      return key;
    },
    [catalog, clerks, lang, t],
  );
}
