// One row per case: ticket, window, clerk, level, reasons, when rated, due, where it stands. Overdue
// rows stand out. No cell wraps inside a word ("3号窗/口", "待核/实" at 1440 px): cells keep to one line and
// the reasons wrap only between reasons; with a case open beside it, the columns the case shows in
// full (id, reasons, rated at) step aside.
import { useTranslation } from 'react-i18next';
import type { FollowUpView } from '../../../electron/contract';
import { useLang } from '../shared/useLang';
import { formatTime } from './format';
import { withBracket } from '../shared/list-text';

interface Props {
  cases: FollowUpView[] | null;
  openId: number | null;
  onOpen: (id: number) => void;
}

export function FollowUpTable({ cases, openId, onOpen }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  if (cases !== null && cases.length === 0) return <p className="admin-empty">{t('admin.empty')}</p>;
  // Each reason in one piece; the list breaks only at its separators.
  const reasonsOf = (c: FollowUpView) =>
    c.rating.reasons.map((r, i) => (
      <span key={r}>
        {i > 0 && t('consoleDay.list.separator')}
        <span className="nowrap">{t(`rating.reason.${r}`)}</span>
      </span>
    ));
  const cols = ['id', 'number', 'window', 'clerk', 'level', 'reasons', 'ratedAt', 'due', 'state'] as const;
  return (
    <div className={`case-table-wrap${openId !== null ? ' with-case' : ''}`}>
      <table className="case-table" data-testid="case-table">
        <thead>
          <tr>
            {cols.map((c) => (
              <th key={c} className={`col-${c}`}>
                {t(`admin.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(cases ?? []).map((c) => (
            <tr
              key={c.id}
              className={`${c.overdue ? 'overdue' : ''} ${c.id === openId ? 'open' : ''}`}
              onClick={() => onOpen(c.id)}
              data-testid={`case-${c.id}`}
              data-overdue={c.overdue}
            >
              <td className="col-id">{c.id}</td>
              <td className="num">{c.rating.number}</td>
              <td>{t('window.name', { number: c.rating.windowNo })}</td>
              <td>{c.rating.clerk ? withBracket(t, c.rating.clerk.name, c.rating.clerk.id) : '—'}</td>
              <td className={`lvl lvl-${c.rating.level}`}>{c.rating.level !== null && t(`rating.level.${c.rating.level}`)}</td>
              <td className="col-reasons">{c.rating.reasons.length ? reasonsOf(c) : '—'}</td>
              <td className="col-ratedAt">{formatTime(c.rating.ratedAt, lang)}</td>
              <td>
                {formatTime(c.dueAt, lang)}
                {c.overdue && <span className="badge-overdue">{t('admin.overdue')}</span>}
              </td>
              <td>
                <button type="button" className="link" onClick={() => onOpen(c.id)}>
                  {t(`admin.next.${c.nextStep ?? 'closed'}`)}
                </button>
                {c.rating.review && <span className="badge-review">{t(`rating.review.${c.rating.review.kind}`)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
