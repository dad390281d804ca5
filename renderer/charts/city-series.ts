/**
 * Option for the city detail's time series: total, exports and imports per year as lines, each
 * with its gaps left open. Only published values are drawn; nothing is interpolated.
 */
import type { EChartsOption } from './echarts';

export interface CitySeriesInput {
  years: number[];
  series: {
    key: 'total' | 'exports' | 'imports';
    name: string;
    values: (number | null)[];
    tips: string[];
  }[];
  description: string;
  yAxisName: string;
}

const COLOURS = { total: '#c0392b', exports: '#2e6bd6', imports: '#d68910' } as const;

export function citySeriesOption(input: CitySeriesInput): EChartsOption {
  const shown = input.series.filter((s) => s.values.some((v) => v != null));
  return {
    backgroundColor: 'transparent',
    animationDuration: 300,
    aria: { enabled: true, label: { description: input.description } },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: shown.map((s) => s.name) },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => (p as { data?: { tip?: string } }).data?.tip ?? '',
    },
    xAxis: { type: 'category', data: input.years.map(String), boundaryGap: false },
    yAxis: { type: 'value', name: input.yAxisName, splitLine: { lineStyle: { opacity: 0.4 } } },
    series: shown.map((s) => ({
      type: 'line' as const,
      name: s.name,
      color: COLOURS[s.key],
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 7,
      lineStyle: { width: s.key === 'total' ? 3 : 2 },
      data: s.values.map((v, i) => ({
        value: v,
        tip: `${s.name} ${input.years[i]}: ${s.tips[i] ?? ''}`,
      })),
    })),
  };
}
