// The report as charts, where the manager would rather look than read (issue 15): arrivals and the
// average wait by hour of day, the residents' ratings by level, and the windows and clerks ranked by a
// figure the manager picks. The page reads their slices (by hour, window and clerk) with its table's in
// one reports.summaries; each heading's tooltip says the formulas of what it draws.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDimension, ReportSummary } from '../../../../electron/contract';
import { hourlyOption, rankingHeight, rankingMetrics, rankingOption, starsOption, type RankingMetric } from './charts/chart-options';
import { EChart } from './charts/EChart';
import type { SliceLabel } from './useSliceLabel';
import './charts/charts.css';

/** The slices the charts draw, asked for with the table's (reports.summaries: one read of the range). */
export const chartedDimensions = ['hour', 'window', 'clerk'] as const satisfies readonly ReportDimension[];
export type ChartedReports = Record<(typeof chartedDimensions)[number], ReportSummary>;

function ChartCard({ title, formula, children }: { title: string; formula: string; children: ReactNode }) {
  return (
    <figure className="report-chart">
      <figcaption title={formula}>{title}</figcaption>
      {children}
    </figure>
  );
}

export function ReportCharts({ reports, label }: { reports: ChartedReports; label: SliceLabel }) {
  const { t } = useTranslation();
  const [metric, setMetric] = useState<RankingMetric>('served');

  const options = useMemo(() => {
    return {
      hourly: hourlyOption(reports.hour, t),
      stars: starsOption(reports.hour.total, t),
      windows: rankingOption(reports.window, metric, (k) => label('window', k), t),
      clerks: rankingOption(reports.clerk, metric, (k) => label('clerk', k), t),
    };
  }, [reports, metric, label, t]);

  const formula = (...keys: string[]) => keys.map((k) => `${t(`reports.csv.${k}`)}：${t(`reports.formula.${k}`)}`).join('\n');
  return (
    <section className="report-charts" data-testid="report-charts">
      <div className="report-charts-row top">
        <ChartCard title={t('reportsCharts.hourly')} formula={formula('arrived', 'avgWaitSeconds')}>
          <EChart option={options.hourly} height={260} testId="chart-hourly" />
        </ChartCard>
        <ChartCard title={t('reportsCharts.stars')} formula={formula('satisfaction', 'score')}>
          <EChart option={options.stars} height={260} testId="chart-stars" />
        </ChartCard>
      </div>
      <label className="report-chart-metric">
        <span>{t('reportsCharts.rankBy')}</span>
        <select value={metric} onChange={(e) => setMetric(e.target.value as RankingMetric)} data-testid="chart-metric">
          {rankingMetrics.map((m) => (
            <option key={m} value={m}>
              {t(`reportsCharts.metric.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="report-charts-row">
        <ChartCard title={t('reportsCharts.windows')} formula={formula(metric)}>
          <EChart option={options.windows} height={rankingHeight(reports.window.rows.length)} testId="chart-windows" />
        </ChartCard>
        <ChartCard title={t('reportsCharts.clerks')} formula={formula(metric)}>
          <EChart option={options.clerks} height={rankingHeight(reports.clerk.rows.length)} testId="chart-clerks" />
        </ChartCard>
      </div>
    </section>
  );
}
