// One report as a table: a row per slice and the hall's total; every header's tooltip is its formula
// (locale `reports.formula`), ratios as percentages, durations as minutes and seconds, "—" where there
// was nothing to divide by.
import { useTranslation } from 'react-i18next';
import type { ReportFigures, ReportSummary } from '../../../../electron/contract';

const shown = [
  'arrived',
  'served',
  'avgWaitSeconds',
  'serviceLevel',
  'avgHandleSeconds',
  'noShowRate',
  'ratedRate',
  'satisfaction',
  'score',
  'bad',
  'rectifyRate',
] as const;
type Shown = (typeof shown)[number];

const isRate = (c: Shown) => c.endsWith('Rate') || c === 'serviceLevel' || c === 'satisfaction';
const isSeconds = (c: Shown) => c.endsWith('Seconds');

function cell(c: Shown, f: ReportFigures): string {
  const v = f[c];
  if (v === null) return '—';
  if (isRate(c)) return `${(v * 100).toFixed(1)}%`;
  if (isSeconds(c)) return `${Math.floor(v / 60)}′${String(v % 60).padStart(2, '0')}″`;
  if (c === 'score') return v.toFixed(2);
  return String(v);
}

export function ReportTable({ report, label }: { report: ReportSummary; label: (key: string) => string }) {
  const { t } = useTranslation();
  const rows = report.by === 'hall' ? [] : report.rows;
  return (
    <table className="cfg-table report-table" data-testid="report-table">
      <thead>
        <tr>
          <th>{t(`reports.csv.by.${report.by}`)}</th>
          {shown.map((c) => (
            <th key={c} title={t(`reports.formula.${c}`)} data-testid={`report-head-${c}`}>
              {t(isSeconds(c) ? `reports.page.col.${c}` : `reports.csv.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-testid={`report-row-${r.key}`}>
            <td className="nowrap">{label(r.key)}</td>
            {shown.map((c) => (
              <td key={c} className="num">
                {cell(c, r.figures)}
              </td>
            ))}
          </tr>
        ))}
        {rows.length === 0 && report.by !== 'hall' && (
          <tr>
            <td colSpan={shown.length + 1}>{t('reports.page.empty')}</td>
          </tr>
        )}
        <tr className="report-total" data-testid="report-total">
          <td className="nowrap">{t('reports.csv.total')}</td>
          {shown.map((c) => (
            <td key={c} className="num">
              {cell(c, report.total)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
