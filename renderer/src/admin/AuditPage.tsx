// The audit trail of every manager change, newest first: who, when, what, to what, and before → after
// of the fields that changed. Filtered by who and what; "older" pages back with `before`.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../electron/contract';
import { AuditChanges } from './AuditChanges';
import { formatTime } from './format';
import type { Admin } from './useAdmin';
import './config-pages.css';

const PAGE = 50;
/** The actions the filter suggests (others can be typed). */
const knownActions = ['service.created', 'service.updated', 'item.created', 'item.updated', 'hall.updated', 'live.signOut'];

export function AuditPage({ admin }: { admin: Admin }) {
  const { t } = useTranslation();
  const { run } = admin;
  const [filter, setFilter] = useState({ userId: '', action: '' });
  const [applied, setApplied] = useState(filter);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const fetchPage = useCallback(
    async (before: number | undefined) => {
      const result = await run('audit.list', {
        limit: PAGE,
        ...(before === undefined ? {} : { before }),
        ...(applied.userId.trim() ? { userId: applied.userId.trim() } : {}),
        ...(applied.action.trim() ? { action: applied.action.trim() } : {}),
      });
      if (!result.ok) return;
      setEntries((shown) => [...(before === undefined ? [] : (shown ?? [])), ...result.value.entries]);
      setNext(result.value.next);
    },
    [run, applied],
  );
  useEffect(() => void fetchPage(undefined), [fetchPage]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied({ ...filter });
  };
  // A capability may name its own actions in its locale section: `live.signOut` → live.audit.signOut.
  const actionLabel = (action: string) => {
    const [section, ...rest] = action.split('.');
    return t([`configPages.audit.action.${action.replace('.', '_')}`, `${section}.audit.${rest.join('.')}`], { defaultValue: action });
  };

  return (
    <div className="cfg-audit">
      <form className="cfg-toolbar" onSubmit={submit} data-testid="audit-filter">
        <input
          value={filter.userId}
          onChange={(e) => setFilter({ ...filter, userId: e.target.value })}
          placeholder={t('configPages.audit.who')}
          aria-label={t('configPages.audit.who')}
          data-testid="audit-who"
        />
        <input
          value={filter.action}
          list="audit-actions"
          onChange={(e) => setFilter({ ...filter, action: e.target.value })}
          placeholder={t('configPages.audit.what')}
          aria-label={t('configPages.audit.what')}
          data-testid="audit-what"
        />
        <datalist id="audit-actions">
          {knownActions.map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </datalist>
        <button type="submit" className="primary" data-testid="audit-apply">
          {t('configPages.audit.apply')}
        </button>
      </form>
      {entries !== null && entries.length === 0 && <p className="admin-empty">{t('configPages.audit.none')}</p>}
      {entries !== null && entries.length > 0 && (
        <table className="cfg-table cfg-audit-table" data-testid="audit-table">
          <thead>
            <tr>
              {(['at', 'who', 'action', 'target', 'changes'] as const).map((c) => (
                <th key={c}>{t(`configPages.audit.col.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid={`audit-${e.id}`} data-action={e.action}>
                <td className="nowrap">{formatTime(e.at)}</td>
                <td>{e.userId}</td>
                <td>{actionLabel(e.action)}</td>
                <td className="num">{e.target ?? t('configPages.audit.theHall')}</td>
                <td>
                  <AuditChanges before={e.before} after={e.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next !== null && (
        <button type="button" className="cfg-older" onClick={() => void fetchPage(next)} data-testid="audit-older">
          {t('configPages.audit.older')}
        </button>
      )}
    </div>
  );
}
