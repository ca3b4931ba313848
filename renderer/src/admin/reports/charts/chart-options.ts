// The report's charts as plain echarts options, built from reports.summary answers (nothing is
// computed here but what a chart needs to draw: gaps filled, minutes from seconds, a ranking sorted).
// Pure, so the unit tests read exactly what each chart would draw (test/renderer/report-charts.test.ts).
import type { TFunction } from 'i18next';
import type { ReportFigures, ReportSummary } from '../../../../../electron/contract';
import { withBracket } from '../../../shared/list-text';

type Translate = TFunction;

/** A chart's option: echarts' shape, kept loose here so this file needs no echarts import. */
export type ChartOption = Record<string, unknown>;

/** What a ranking may be ordered by; each reads one figure of a slice. */
export const rankingMetrics = ['served', 'satisfaction', 'score', 'avgHandleSeconds'] as const;
export type RankingMetric = (typeof rankingMetrics)[number];

// Level 1 … 5 (stars[0] … stars[4]): red for 非常不满意 to green for 非常满意.
const starColours = ['#dc2626', '#f97316', '#eab308', '#65a30d', '#16a34a'];
const font = { fontFamily: 'system-ui, "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif', fontSize: 13 };
const base = { animation: false, textStyle: font };

const minutes = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 6) / 10);

/**
 * Arrivals (bars) and the average wait in minutes (line) per hour of day, every hour from the first to
 * the last one with any fact and at least 08:00–17:00 (a day's shape reads the same whatever was
 * busy), so an hour with no arrivals shows as 0, not as a missing bar.
 */
export function hourlyOption(byHour: ReportSummary, t: Translate): ChartOption {
  const known = new Map(byHour.rows.map((r) => [Number(r.key), r.figures]));
  const hours = [...known.keys()].sort((a, b) => a - b);
  const first = Math.min(hours[0] ?? 8, 8);
  const last = Math.max(hours.at(-1) ?? 17, 17);
  const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const arrivedName = t('reportsCharts.arrived');
  const waitName = t('reportsCharts.avgWaitMinutes');
  return {
    ...base,
    grid: { left: 48, right: 56, top: 40, bottom: 32 },
    legend: { top: 4, textStyle: font },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: span.map((h) => `${String(h).padStart(2, '0')}:00`) },
    yAxis: [
      { type: 'value', name: t('reportsCharts.tickets'), minInterval: 1 },
      { type: 'value', name: t('reportsCharts.minutes'), splitLine: { show: false } },
    ],
    series: [
      { name: arrivedName, type: 'bar', barMaxWidth: 36, data: span.map((h) => known.get(h)?.arrived ?? 0), itemStyle: { color: '#2563eb' } },
      {
        name: waitName,
        type: 'line',
        yAxisIndex: 1,
        connectNulls: false,
        data: span.map((h) => minutes(known.get(h)?.avgWaitSeconds ?? null)),
        itemStyle: { color: '#f59e0b' },
      },
    ],
  };
}

/** The residents' ratings by level, 非常满意 on top, each bar labelled with its count and share. */
export function starsOption(total: ReportFigures, t: Translate): ChartOption {
  const sum = total.stars.reduce((a, b) => a + b, 0);
  const levels = [5, 4, 3, 2, 1];
  return {
    ...base,
    // Room on the right for the widest label, 1（100.0%）: it was cut off at 72 px.
    grid: { left: 96, right: 112, top: 12, bottom: 24 },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: levels.map((l) => t(`rating.level.${l}`)) },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        name: t('reportsCharts.ratings'),
        data: levels.map((l) => ({ value: total.stars[l - 1], itemStyle: { color: starColours[l - 1] } })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: number }) => (sum === 0 ? '0' : withBracket(t, String(p.value), `${((p.value / sum) * 100).toFixed(1)}%`)),
        },
      },
    ],
  };
}

function metricValue(f: ReportFigures, metric: RankingMetric): number | null {
  const v = f[metric];
  if (v === null) return null;
  if (metric === 'satisfaction') return Math.round(v * 1000) / 10;
  if (metric === 'avgHandleSeconds') return minutes(v);
  if (metric === 'score') return Math.round(v * 100) / 100;
  return v;
}

/**
 * Windows or clerks ranked by one figure, best first (for the handling time the shortest is not
 * "best", so it is ranked longest first: the manager looks for the outliers). Slices with nothing to
 * show for the figure (no ratings for 满意率) are left out rather than drawn as 0.
 */
export function rankingOption(report: ReportSummary, metric: RankingMetric, label: (key: string) => string, t: Translate): ChartOption {
  const ranked = report.rows
    .map((r) => ({ name: label(r.key), value: metricValue(r.figures, metric) }))
    .filter((r): r is { name: string; value: number } => r.value !== null)
    .sort((a, b) => b.value - a.value);
  const unit = metric === 'satisfaction' ? '%' : '';
  return {
    ...base,
    grid: { left: 120, right: 64, top: 12, bottom: 24 },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', max: metric === 'satisfaction' ? 100 : metric === 'score' ? 10 : undefined, minInterval: metric === 'served' ? 1 : 0 },
    yAxis: { type: 'category', inverse: true, data: ranked.map((r) => r.name), axisLabel: { width: 108, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        name: t(`reportsCharts.metric.${metric}`),
        data: ranked.map((r) => r.value),
        itemStyle: { color: '#0d9488' },
        label: { show: true, position: 'right', formatter: `{c}${unit}` },
      },
    ],
  };
}

/** The height a ranking needs to show every slice legibly (a bar of ~28 px each). */
export const rankingHeight = (rows: number) => Math.max(160, 40 + rows * 28);
