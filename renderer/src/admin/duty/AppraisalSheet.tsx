// One clerk's monthly appraisal sheet (月考核), laid out for one A4 page: the hall, the month, the
// clerk's 工号 and name, the figures with the formula of each (also as its tooltip), and the lines for
// the clerk's and the manager's signatures.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppraisalReport, AppraisalSheet as Sheet } from '../../../../electron/contract';
import { hoursMinutes, minutesSeconds, percent } from './duty-format';

const rows = [
  'served',
  'ratedRate',
  'satisfaction',
  'stars',
  'score',
  'bad',
  'rectifyRate',
  'overdue',
  'avgHandleSeconds',
  'avgWaitSeconds',
  'daysWorked',
  'extra',
] as const;
type Row = (typeof rows)[number];

export function AppraisalSheet({ report, sheet }: { report: AppraisalReport; sheet: Sheet }) {
  const { t } = useTranslation();
  const f = sheet.figures;
  const value = (row: Row): ReactNode => {
    if (row === 'stars')
      return [5, 4, 3, 2, 1].map((level) => (
        <span key={level} className="appraisal-star">
          {t('duty.appraisal.star', { level, n: f.stars[level - 1] })}
        </span>
      ));
    switch (row) {
      case 'ratedRate':
      case 'satisfaction':
      case 'rectifyRate':
        return percent(f[row]);
      case 'score':
        return f.score === null ? '—' : f.score.toFixed(2);
      case 'avgHandleSeconds':
      case 'avgWaitSeconds':
        return minutesSeconds(f[row]);
      case 'daysWorked':
        return String(sheet.daysWorked);
      case 'extra':
        return hoursMinutes(t, sheet.duty.extra);
      default:
        return String(f[row]);
    }
  };
  return (
    <article className="appraisal-sheet" data-testid={`appraisal-sheet-${sheet.clerkId}`}>
      <header>
        <p className="appraisal-hall">{t('duty.appraisal.hall', { name: report.hallName })}</p>
        <h3>{t('duty.appraisal.title')}</h3>
        <p className="appraisal-who">
          <span>{t('duty.appraisal.monthLabel', { month: report.month })}</span>
          <span className="appraisal-clerk">
            <span>{t('duty.appraisal.clerkId', { id: sheet.clerkId })}</span>
            <span>{t('duty.appraisal.clerkName', { name: sheet.name })}</span>
          </span>
        </p>
      </header>
      <table className="appraisal-table">
        <thead>
          <tr>
            <th>{t('duty.appraisal.item')}</th>
            <th>{t('duty.appraisal.value')}</th>
            <th>{t('duty.appraisal.formula')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row} title={t(`duty.appraisal.formulas.${row}`)}>
              <th scope="row">{t(`duty.appraisal.rows.${row}`)}</th>
              <td className="appraisal-value" data-testid={`appraisal-${sheet.clerkId}-${row}`}>
                {value(row)}
              </td>
              <td className="appraisal-formula">{t(`duty.appraisal.formulas.${row}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="appraisal-signatures">
        <p>
          <span>{t('duty.appraisal.signClerk')}</span>
          <span className="appraisal-line" />
          <span>{t('duty.appraisal.signDate')}</span>
          <span className="appraisal-line short" />
        </p>
        <p>
          <span>{t('duty.appraisal.signManager')}</span>
          <span className="appraisal-line" />
          <span>{t('duty.appraisal.signDate')}</span>
          <span className="appraisal-line short" />
        </p>
      </footer>
    </article>
  );
}
