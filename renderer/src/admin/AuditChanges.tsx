// One audit entry's changes, readable: a line per changed field, its name in the page's language,
// before → after (a created row: its values only).
import { useTranslation } from 'react-i18next';
import { changedFields } from './audit-diff';

export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const created = before === null;
  const label = (field: string) => {
    const [head, ...rest] = field.split('.');
    const name = t(`configPages.field.${head}`, { defaultValue: head });
    return rest.length ? `${name} (${rest.join('.')})` : name;
  };
  // Coded values in words: a kind, a call policy, a language.
  const coded: Record<string, (v: string) => string> = {
    kind: (v) => t(`configPages.items.${v}`, { defaultValue: v }),
    policyMode: (v) => t(`configPages.hall.policy.${v}`, { defaultValue: v }),
    kioskLanguages: (v) => t(`lang.${v}`, { defaultValue: v }),
  };
  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return v ? t('configPages.yes') : t('configPages.no');
    if (Array.isArray(v)) return v.length ? v.map((one) => value(field, one)).join(' / ') : '—';
    if (typeof v === 'string') return coded[field]?.(v) ?? v;
    return JSON.stringify(v);
  };
  return (
    <ul className="cfg-changes">
      {changedFields(before, after).map((c) => (
        <li key={c.field}>
          <span className="cfg-change-field">{label(c.field)}</span>{' '}
          {created ? (
            <ins>{value(c.field, c.after)}</ins>
          ) : (
            <>
              <del>{value(c.field, c.before)}</del> → <ins>{value(c.field, c.after)}</ins>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
