/**
 * Options for the rank history: a bump chart (rank per year, 1 on top) and a line chart of
 * values. A gap year stays a gap (connectNulls off): a rank is never drawn through a year in
 * which the entity had no figure. Each year's axis label carries how many entities were ranked.
 */
import type { EChartsOption } from './echarts';
import { colourAt } from './palette';

export interface RankLine {
  code: string;
  name: string;
  /** One value per year (a rank, or 亿元 for the value chart); null for a gap. */
  values: (number | null)[];
  /** Tooltip text per year, e.g. "3 / 20 · 15,800 亿元". */
  tips: string[];
  /** Per year: the value comes from another series than the previous point (drawn as ◆). */
  breaks?: boolean[];
}

export interface RankLinesInput {
  /** Category labels per year, e.g. "2025\n20 cities". */
  yearLabels: string[];
  lines: RankLine[];
  /** Code of the focused line; the others fade. */
  focus: string | null;
  description: string;
}

function lineSeries(input: RankLinesInput) {
  return input.lines.map((line, i) => {
    const faded = input.focus != null && input.focus !== line.code;
    const focused = input.focus === line.code;
    return {
      type: 'line' as const,
      name: line.name,
      id: line.code,
      connectNulls: false,
      symbol: 'circle',
      symbolSize: focused ? 9 : 6,
      color: colourAt(i),
      z: focused ? 10 : 2,
      lineStyle: { width: focused ? 4 : 2, opacity: faded ? 0.15 : 1 },
      itemStyle: { opacity: faded ? 0.2 : 1 },
      emphasis: { focus: 'series' as const },
      // A line box taller than the text keeps labels that moveOverlap stacks from touching.
      endLabel: { show: !faded, formatter: line.name, fontSize: 11, lineHeight: 15, distance: 6 },
      labelLayout: { moveOverlap: 'shiftY' as const },
      data: line.values.map((v, k) => ({
        value: v,
        tip: `${line.name} · ${line.tips[k] ?? ''}`,
        ...(line.breaks?.[k] ? { symbol: 'diamond', symbolSize: focused ? 12 : 9 } : {}),
      })),
    };
  });
}

function base(input: RankLinesInput): EChartsOption {
  return {
    backgroundColor: 'transparent',
    animationDuration: 300,
    aria: { enabled: true, label: { description: input.description } },
    grid: { left: 12, right: 96, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => (p as { data?: { tip?: string } }).data?.tip ?? '',
    },
    xAxis: {
      type: 'category',
      data: input.yearLabels,
      boundaryGap: false,
      // Every year is labelled: its label carries how many entities were ranked that year.
      axisLabel: { fontSize: 11, lineHeight: 14, interval: 0 },
    },
    series: lineSeries(input),
  };
}

/** Bump chart: ranks with 1 at the top, integer ticks up to the largest population shown. */
export function bumpChartOption(input: RankLinesInput & { maxRank: number }): EChartsOption {
  return {
    ...base(input),
    yAxis: {
      type: 'value',
      inverse: true,
      min: 1,
      max: Math.max(1, input.maxRank),
      minInterval: 1,
      // Every rank gets a tick while that stays legible.
      ...(input.maxRank <= 20 ? { interval: 1 } : {}),
      splitLine: { lineStyle: { opacity: 0.4 } },
    },
  };
}

/** Value chart: the same lines in 亿元 (or the unit the caller formats). */
export function valueLinesOption(input: RankLinesInput): EChartsOption {
  return {
    ...base(input),
    yAxis: { type: 'value', splitLine: { lineStyle: { opacity: 0.4 } } },
  };
}
