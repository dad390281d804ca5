import { describe, expect, it } from 'vitest';
import { citySeriesOption } from './city-series';
import { bumpChartOption, valueLinesOption } from './rank-lines';
import { sparkline } from './sparkline';
import { topNBarOption } from './top-n-bar';

type AnyOption = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('top-N bar option', () => {
  const option = topNBarOption({
    items: [
      { code: 'a', label: '深圳', value: 45500, display: '45,500 亿元' },
      { code: 'b', label: '北京', value: -120, display: '-120 亿元' },
    ],
    description: 'Top 2',
    positiveColour: 'red',
    negativeColour: 'green',
    highlight: 'b',
  }) as AnyOption;

  it('keeps the table order with the first row on top', () => {
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.data).toEqual(['深圳', '北京']);
  });

  it('labels bars as the table prints them and colours negatives apart', () => {
    const [a, b] = option.series[0].data;
    expect(a.label.formatter).toBe('45,500 亿元');
    expect(a.itemStyle.color).toBe('red');
    expect(b.itemStyle.color).toBe('green');
    expect(b.label.position).toBe('left');
    expect(b.itemStyle.borderWidth).toBe(2);
    expect(option.aria.label.description).toBe('Top 2');
    expect(option.tooltip.formatter({ data: a })).toBe('深圳: 45,500 亿元');
  });
});

describe('rank history options', () => {
  const input = {
    yearLabels: ['2023\n4', '2024\n4', '2025\n5'],
    lines: [
      { code: 'sz', name: '深圳', values: [1, 1, 1], tips: ['1/4', '1/4', '1/5'] },
      { code: 'nb', name: '宁波', values: [2, null, 3], tips: ['2/4', '—', '3/5'] },
    ],
    focus: 'nb',
    description: 'ranks',
  };

  it('one series per entity, gaps left open, rank 1 on top', () => {
    const o = bumpChartOption({ ...input, maxRank: 5 }) as AnyOption;
    expect(o.series).toHaveLength(2);
    expect(o.series.every((s: AnyOption) => s.connectNulls === false)).toBe(true);
    expect(o.series[1].data.map((d: AnyOption) => d.value)).toEqual([2, null, 3]);
    expect(o.yAxis).toMatchObject({ inverse: true, min: 1, max: 5, minInterval: 1 });
    expect(o.xAxis.data).toEqual(input.yearLabels);
  });

  it('focus fades the other lines and thickens the chosen one', () => {
    const o = bumpChartOption({ ...input, maxRank: 5 }) as AnyOption;
    expect(o.series[0].lineStyle.opacity).toBeLessThan(1);
    expect(o.series[1].lineStyle).toMatchObject({ opacity: 1, width: 4 });
    const none = bumpChartOption({ ...input, focus: null, maxRank: 5 }) as AnyOption;
    expect(none.series.map((s: AnyOption) => s.lineStyle.opacity)).toEqual([1, 1]);
  });

  it('the value chart is not inverted and keeps the same series', () => {
    const o = valueLinesOption({
      ...input,
      lines: input.lines.map((l) => ({ ...l, values: [300, null, 330] })),
    }) as AnyOption;
    expect(o.yAxis.inverse).toBeUndefined();
    expect(o.series.map((s: AnyOption) => s.id)).toEqual(['sz', 'nb']);
  });
});

describe('city series option', () => {
  it('draws only flows with a value, gaps open', () => {
    const o = citySeriesOption({
      years: [2023, 2024, 2025],
      series: [
        { key: 'total', name: 'Total', values: [300, null, 330], tips: ['a', 'b', 'c'] },
        { key: 'exports', name: 'Exports', values: [null, null, null], tips: [] },
      ],
      description: 'd',
      yAxisName: '亿元',
    }) as AnyOption;
    expect(o.series).toHaveLength(1);
    expect(o.series[0].connectNulls).toBe(false);
    expect(o.legend.data).toEqual(['Total']);
  });
});

describe('sparkline geometry', () => {
  it('breaks the line at gaps and dots isolated and last points', () => {
    const g = sparkline([1, 2, null, 4, null, 3], 50, 10, 0);
    expect(g.paths).toEqual(['M0,10 L10,6.7']);
    expect(g.dots).toEqual([
      { x: 30, y: 0, last: false },
      { x: 50, y: 3.3, last: true },
    ]);
  });

  it('draws a flat line mid-height for equal values and nothing for no values', () => {
    expect(sparkline([5, 5], 10, 10, 0).paths).toEqual(['M0,5 L10,5']);
    expect(sparkline([null, null], 10, 10)).toEqual({ paths: [], dots: [] });
  });
});
