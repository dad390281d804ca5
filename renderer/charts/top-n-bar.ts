/**
 * Option for the top-N bar chart beside the ranking table: horizontal bars in the table's order
 * (first row on top), each labelled with the value as the table prints it. Pure: the component
 * passes in rows already filtered and sorted, so chart and table can never disagree.
 */
import { barLabelAxis } from './bar-labels';
import type { EChartsOption } from './echarts';

export interface TopNItem {
  code: string;
  label: string;
  value: number;
  /** The value as the table shows it ("45,500 亿元", "+13.8%"). */
  display: string;
}

export interface TopNInput {
  items: TopNItem[];
  /** Accessible description of the chart (metric, year, population). */
  description: string;
  positiveColour: string;
  negativeColour: string;
  /** Code of the row the table has focused, drawn with an outline. */
  highlight?: string | null;
}

export function topNBarOption(input: TopNInput): EChartsOption {
  const { items } = input;
  const hasNegative = items.some((i) => i.value < 0);
  return {
    backgroundColor: 'transparent',
    animationDuration: 300,
    aria: { enabled: true, label: { description: input.description } },
    // Series labels are outside `containLabel`: the right margin leaves room for the longest one.
    grid: {
      left: 8,
      right: 16 + 7 * Math.max(0, ...items.map((i) => i.display.length)),
      top: 8,
      bottom: 8,
      containLabel: true,
    },
    // The tooltip prints the value as the table does ('{c}' would print the raw float).
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const d = (p as { data?: { name?: string; tooltipValue?: string } }).data;
        return `${d?.name ?? ''}: ${d?.tooltipValue ?? ''}`;
      },
      confine: true,
    },
    xAxis: {
      type: 'value',
      axisLabel: { show: false },
      splitLine: { show: hasNegative },
      // Negative bars need room on the left for their labels too.
      ...(hasNegative
        ? { min: (v: { min: number; max: number }) => v.min - (v.max - v.min) * 0.25 }
        : {}),
    },
    yAxis: barLabelAxis(items.map((i) => i.label)),
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        data: items.map((i) => ({
          name: i.label,
          value: i.value,
          code: i.code,
          tooltipValue: i.display,
          itemStyle: {
            color: i.value < 0 ? input.negativeColour : input.positiveColour,
            borderColor: i.code === input.highlight ? '#f1c40f' : undefined,
            borderWidth: i.code === input.highlight ? 2 : 0,
          },
          label: {
            show: true,
            position: i.value < 0 ? 'left' : 'right',
            formatter: i.display,
            fontSize: 11,
          },
        })),
      },
    ],
  };
}
