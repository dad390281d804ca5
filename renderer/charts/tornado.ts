/**
 * Option of the tornado chart: for one city, how far its scenario value moves when each
 * parameter alone goes to its low or high value. Bars are drawn as changes from the scenario
 * value (zero line = the scenario as set, which the caption states), largest swing on top, the
 * parameter value printed at each bar's end. The axis is symmetric with a margin, so those end
 * labels sit inside the plot and never on the parameter names. A bar that raises the city's value
 * takes the gain colour and one that lowers it the loss colour (the convention in Settings, red up
 * in Chinese); the low end of a parameter is drawn paler than its high end. Pure: the component
 * passes in labels, colours and formatted numbers.
 */
import { barLabelAxis } from './bar-labels';
import type { EChartsOption } from './echarts';

export interface TornadoInputBar {
  /** Parameter label, e.g. "美国 · 出口". */
  label: string;
  /** The parameter's low and high values as text ("−25%", "ε 1.0"). */
  lowText: string;
  highText: string;
  lowResult: number;
  highResult: number;
}

export interface TornadoInput {
  /** The city's scenario value with every parameter as set (亿元). */
  base: number;
  /** Largest swing first (core/scenario `tornado` sorts them so). */
  bars: TornadoInputBar[];
  lowName: string;
  highName: string;
  axisName: string;
  /** A change in 亿元 as the axis and tooltip print it. */
  format: (delta: number) => string;
  /** Gain and loss (gainColours), the zero line, and the neutral of the legend's two ends. */
  colours: { gain: string; loss: string; zero: string; neutral: string };
  description: string;
}

/** The low end's bars are this opaque: paler than the high end's, the same hue. */
export const LOW_OPACITY = 0.55;

export function tornadoOption(input: TornadoInput): EChartsOption {
  const { base, bars } = input;
  const side = (which: 'low' | 'high') =>
    bars.map((b) => {
      const result = which === 'low' ? b.lowResult : b.highResult;
      const delta = result - base;
      return {
        value: delta,
        name: b.label,
        itemStyle: { color: delta < 0 ? input.colours.loss : input.colours.gain },
        label: {
          show: true,
          position: delta < 0 ? 'left' : 'right',
          formatter: which === 'low' ? b.lowText : b.highText,
          fontSize: 11,
        },
      };
    });
  const reach =
    Math.max(0, ...bars.flatMap((b) => [b.lowResult - base, b.highResult - base].map(Math.abs))) ||
    1;
  return {
    backgroundColor: 'transparent',
    animationDuration: 300,
    aria: { enabled: true, label: { description: input.description } },
    legend: { top: 0, data: [input.lowName, input.highName], textStyle: { fontSize: 11 } },
    grid: { left: 8, right: 24, top: 30, bottom: 36, containLabel: true },
    tooltip: {
      trigger: 'axis',
      // Drawn on the canvas: ECharts' HTML tooltip adds colour markers as inline styles, which the
      // CSP refuses.
      renderMode: 'richText',
      axisPointer: { type: 'shadow' },
      confine: true,
      valueFormatter: (v: unknown) => input.format(Number(v)),
    },
    xAxis: {
      type: 'value',
      name: input.axisName,
      nameLocation: 'middle',
      nameGap: 24,
      // Symmetric about zero with half the reach to spare: room for the bar-end labels inside
      // the plot, clear of the parameter names even in the narrowest window.
      min: -reach * 1.5,
      max: reach * 1.5,
      // The padded ends are not round numbers: label the inner ticks only.
      axisLabel: {
        formatter: (v: number) => input.format(v),
        fontSize: 11,
        hideOverlap: true,
        showMinLabel: false,
        showMaxLabel: false,
      },
      splitLine: { show: true },
    },
    yAxis: barLabelAxis(bars.map((b) => b.label)),
    series: [
      {
        name: input.lowName,
        type: 'bar',
        barMaxWidth: 22,
        barGap: '-100%',
        // The legend shows the end (pale: low), each bar its direction (gain or loss colour).
        itemStyle: { color: input.colours.neutral, opacity: LOW_OPACITY },
        data: side('low'),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: input.colours.zero, type: 'solid', width: 1.5 },
          label: { show: false },
          data: [{ xAxis: 0 }],
        },
      },
      {
        name: input.highName,
        type: 'bar',
        barMaxWidth: 22,
        barGap: '-100%',
        itemStyle: { color: input.colours.neutral },
        data: side('high'),
      },
    ],
  };
}
