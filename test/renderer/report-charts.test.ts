// The report's charts (issue 15): what each option would draw, read from the option and from the SVG
// echarts itself renders of it (server-side rendering, the same library the page draws with): hours with
// no arrivals drawn as 0 between the first and the last, waits in minutes, the ratings' shares, and a
// ranking in order without the slices that have nothing to show.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { expect, test } from 'vitest';
import type { ReportFigures, ReportSummary } from '../../electron/contract';
import { emptyTally, figures } from '../../electron/reports/kpi';
import { translatorOf } from '../support/translator';
import { hourlyOption, rankingOption, starsOption, type ChartOption } from '../../renderer/src/admin/reports/charts/chart-options';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const zh = translatorOf('zh-CN');
const en = translatorOf('en');

const f = (over: Partial<ReportFigures>): ReportFigures => ({ ...figures(emptyTally()), ...over });
const report = (by: ReportSummary['by'], rows: [string, Partial<ReportFigures>][], total: Partial<ReportFigures> = {}): ReportSummary => ({
  from: '2026-11-02',
  to: '2026-11-06',
  by,
  targetWaitMinutes: 15,
  total: f(total),
  rows: rows.map(([key, over]) => ({ key, figures: f(over) })),
});

function svgOf(option: ChartOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 720, height: 300 });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
type Series = { name?: string; data: unknown[] }[];

test('by hour: every hour of 08:00–17:00 and beyond to the last fact, an empty hour as 0 arrivals and no wait; waits in minutes', () => {
  const byHour = report('hour', [
    ['09', { arrived: 12, avgWaitSeconds: 330 }],
    ['11', { arrived: 4, avgWaitSeconds: 90 }],
    ['19', { arrived: 1, avgWaitSeconds: 0 }],
  ]);
  const option = hourlyOption(byHour, zh);
  const hours = (option.xAxis as { data: string[] }).data;
  expect(hours[0]).toBe('08:00');
  expect(hours.at(-1)).toBe('19:00');
  expect(hours).toHaveLength(12);
  const [arrivals, waits] = option.series as Series;
  expect(arrivals!.data.slice(0, 4)).toEqual([0, 12, 0, 4]);
  expect(arrivals!.data.at(-1)).toBe(1);
  expect(waits!.data.slice(0, 4)).toEqual([null, 5.5, null, 1.5]);
  const svg = svgOf(option);
  for (const text of ['09:00', '10:00', '11:00', '取号数', '平均等候（分钟）']) expect(svg).toContain(text);
});

test('no facts at all: an empty working day 08:00–17:00 is drawn, not an error', () => {
  const option = hourlyOption(report('hour', []), en);
  expect((option.xAxis as { data: string[] }).data).toHaveLength(10);
  expect(svgOf(option)).toContain('Arrivals');
});

test('the ratings by level, 非常满意 first, each with its count and share of the ratings', () => {
  const option = starsOption(f({ stars: [1, 0, 1, 2, 6] }), zh);
  expect((option.yAxis as { data: string[] }).data).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
  expect((option.series as Series)[0]!.data.map((d) => (d as { value: number }).value)).toEqual([6, 2, 1, 0, 1]);
  const svg = svgOf(option);
  expect(svg).toContain('6（60.0%）');
  expect(svg).toContain('1（10.0%）');
  expect(svgOf(starsOption(f({ stars: [0, 0, 1, 0, 1] }), en))).toContain('1 (50.0%)');
});

test('a ranking: best first, 满意率 as percent on a 0–100 axis, slices with no ratings left out', () => {
  const byWindow = report('window', [
    ['1', { served: 30, satisfaction: 0.9, score: 9.1, avgHandleSeconds: 300 }],
    ['2', { served: 41, satisfaction: 0.75, score: 7.5, avgHandleSeconds: 420 }],
    ['3', { served: 2, satisfaction: null, score: null, avgHandleSeconds: 60 }],
  ]);
  const name = (k: string) => `${k}号窗口`;
  const names = (o: ChartOption) => (o.yAxis as { data: string[] }).data;
  const values = (o: ChartOption) => (o.series as Series)[0]!.data;

  const served = rankingOption(byWindow, 'served', name, zh);
  expect(names(served)).toEqual(['2号窗口', '1号窗口', '3号窗口']);
  expect(values(served)).toEqual([41, 30, 2]);
  expect((served.xAxis as { minInterval: number }).minInterval).toBe(1); // counts: no 0.2 ticks
  const satisfaction = rankingOption(byWindow, 'satisfaction', name, zh);
  expect(names(satisfaction)).toEqual(['1号窗口', '2号窗口']);
  expect(values(satisfaction)).toEqual([90, 75]);
  expect((satisfaction.xAxis as { max: number }).max).toBe(100);
  expect(svgOf(satisfaction)).toContain('90%');
  expect(values(rankingOption(byWindow, 'avgHandleSeconds', name, zh))).toEqual([7, 5, 1]);
  expect(svgOf(rankingOption(byWindow, 'score', name, en))).toContain('9.1');
});
