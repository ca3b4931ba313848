// One echarts chart in a React component: drawn as SVG (crisp when printed or zoomed, and its text is in
// the page, so a browser test reads the axis labels), redrawn when its option changes, resized with its
// box, disposed on unmount. Only the chart types the reports use are registered (a smaller bundle).
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartOption } from './chart-options';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export function EChart({ option, height, testId }: { option: ChartOption; height: number; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'svg' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a ranking with fewer slices than before must not keep the old bars.
    chart.current?.setOption(option, { notMerge: true });
    chart.current?.resize();
  }, [option, height]);

  return <div ref={box} className="report-chart-canvas" style={{ height }} data-testid={testId} />;
}
