import { describe, expect, it } from 'vitest';
import { tornadoOption, type TornadoInput } from './tornado';

// Shanghai under US −20%: 44,522.28; US shock at −25% gives 44,377.85, at −15% 44,666.71.
const input: TornadoInput = {
  base: 44522.28,
  bars: [
    {
      label: '美国 · 出口',
      lowText: '−25%',
      highText: '−15%',
      lowResult: 44377.85,
      highResult: 44666.71,
    },
    { label: 'ε_P', lowText: '0', highText: '−0.3', lowResult: 44530, highResult: 44510 },
  ],
  lowName: '参数取低值',
  highName: '参数取高值',
  axisName: 'Δ 亿元',
  format: (d) => d.toFixed(0),
  colours: { gain: '#111', loss: '#222', zero: '#333', neutral: '#444' },
  description: 'tornado for 上海',
};

type Series = {
  name: string;
  itemStyle: { color: string; opacity?: number };
  data: {
    value: number;
    itemStyle: { color: string };
    label: { position: string; formatter: string };
  }[];
};

describe('tornadoOption', () => {
  const option = tornadoOption(input) as {
    yAxis: { data: string[]; inverse: boolean };
    series: Series[];
    legend: { data: string[] };
  };

  it('lists parameters largest swing on top', () => {
    expect(option.yAxis.data).toEqual(['美国 · 出口', 'ε_P']);
    expect(option.yAxis.inverse).toBe(true);
  });

  it('draws each side as a change from the scenario value, labelled with the parameter value', () => {
    const [low, high] = option.series as [Series, Series];
    expect(low.name).toBe('参数取低值');
    expect(low.data[0]!.value).toBeCloseTo(-144.43, 2);
    expect(high.data[0]!.value).toBeCloseTo(144.43, 2);
    expect(low.data[0]!.label).toMatchObject({ position: 'left', formatter: '−25%' });
    expect(high.data[0]!.label).toMatchObject({ position: 'right', formatter: '−15%' });
    // A parameter whose low end raises the value: the bar points right.
    expect(low.data[1]!.value).toBeCloseTo(7.72, 2);
    expect(low.data[1]!.label.position).toBe('right');
  });

  it('overlays both sides on one row, marks zero, and leaves room for the end labels', () => {
    const low = option.series[0] as unknown as { barGap: string; markLine: { data: unknown[] } };
    expect(low.barGap).toBe('-100%');
    expect(low.markLine.data).toEqual([{ xAxis: 0 }]);
    expect(option.legend.data).toEqual(['参数取低值', '参数取高值']);
    const x = (option as unknown as { xAxis: { min: number; max: number } }).xAxis;
    expect(x.max).toBeCloseTo(144.43 * 1.5, 1);
    expect(x.min).toBeCloseTo(-x.max, 6);
  });

  it('colours a bar by what it does to the value (gain or loss), the low end paler', () => {
    const [low, high] = option.series as [Series, Series];
    // 美国 · 出口: the low end lowers the value, the high end raises it; ε_P the other way round.
    expect(low.data.map((d) => d.itemStyle.color)).toEqual(['#222', '#111']);
    expect(high.data.map((d) => d.itemStyle.color)).toEqual(['#111', '#222']);
    expect(low.itemStyle.opacity).toBeLessThan(1);
    expect(high.itemStyle.opacity ?? 1).toBe(1);
    expect([low.itemStyle.color, high.itemStyle.color]).toEqual(['#444', '#444']);
  });

  it('has no bars when the scenario has no active parameter', () => {
    const empty = tornadoOption({ ...input, bars: [] }) as { series: Series[] };
    expect(empty.series.every((s) => s.data.length === 0)).toBe(true);
  });
});
