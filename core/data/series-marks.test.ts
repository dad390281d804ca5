import { describe, expect, it } from 'vitest';
import { mapSeries } from './map-measures';
import { movers } from './movers';
import { rankHistory } from './rank-history';
import { rankingBoard } from './ranking-board';
import { synthSource } from './synth';
import { synthCities } from './synth-fixtures';
import { indexFullYears } from './year-index';

// 甲 is in the yearbook in 2023 and in a bulletin in 2024 (a break in series); 乙 is in bulletins
// both years; 丙 is in the yearbook both years. 甲 overtakes 乙 and crosses 5000亿.
const world = synthCities({
  years: [2023, 2024],
  national: { total: [20000, 21000] },
  cities: [
    { code: '910100', zh: '甲', en: 'Jia', province: '910000', total: [4000, 6000] },
    { code: '910200', zh: '乙', en: 'Yi', province: '910000', total: [5000, 5200], source: 'BU' },
    { code: '910300', zh: '丙', en: 'Bing', province: '910000', total: [100, 90], source: 'YB' },
  ],
});
world.dataset.sources.push(
  synthSource('YB', { series: 'yearbook' }),
  synthSource('BU', { series: 'release' }),
);
for (const r of world.dataset.figures) {
  if (r.code === '910100') r.cells.total!.sourceId = (r.year === 2023 ? 'YB' : 'BU') as never;
}
const index = indexFullYears(world.dataset, world.reference);
const options = { year: 2024, baseYear: 2023, spanStart: 2023, level: 'city' as const };

describe('a change across two series is marked wherever it is shown', () => {
  it('in the ranking board’s Δrank and in CAGR / contribution', () => {
    const board = rankingBoard(index, { ...options, metric: 'total' });
    const change = (code: string) => board.rows.find((r) => r.code === code)!.change;
    expect(change('910100')).toMatchObject({ kind: 'moved', places: 1, seriesBreak: true });
    expect(change('910200')).toMatchObject({ kind: 'moved', places: -1, seriesBreak: false });
    const cagr = rankingBoard(index, { ...options, metric: 'cagr' });
    expect(cagr.rows.find((r) => r.code === '910100')!).toMatchObject({
      value: 50,
      seriesBreak: true,
    });
    expect(cagr.rows.find((r) => r.code === '910200')!.seriesBreak).toBe(false);
    const contribution = rankingBoard(index, { ...options, metric: 'contribution' });
    expect(contribution.rows.find((r) => r.code === '910100')).toMatchObject({
      value: 10,
      seriesBreak: true,
    });
  });

  it('in movers: climbers, thresholds and overtakes', () => {
    const m = movers(index, options);
    expect(m.climbers).toEqual([expect.objectContaining({ places: 1, seriesBreak: true })]);
    expect(m.fallers).toEqual([expect.objectContaining({ places: -1, seriesBreak: false })]);
    const five = m.thresholds.find((t) => t.threshold === 5000)!;
    expect(five.crossings.map((c) => [c.entity.shortZh, c.status, c.seriesBreak])).toEqual([
      ['甲', 'entered', true],
      ['乙', 'stayed', false],
    ]);
    expect(m.overtakes).toEqual([expect.objectContaining({ seriesBreak: true })]);
  });

  it('in the map’s change measures', () => {
    const change = mapSeries(index, { ...options, metric: 'change' });
    const at = (code: string) => change.entries.find((e) => e.code === code)!;
    expect(at('910100')).toMatchObject({ value: 2000, seriesBreak: true });
    expect(at('910300')).toMatchObject({ value: -10, seriesBreak: false });
    const ranks = mapSeries(index, { ...options, metric: 'rankChange' });
    expect(ranks.entries.find((e) => e.code === '910100')).toMatchObject({ seriesBreak: true });
    const levels = mapSeries(index, { ...options, metric: 'total' });
    expect(levels.entries.every((e) => !e.seriesBreak)).toBe(true);
  });

  it('in the rank history, at the point where the series changes', () => {
    const h = rankHistory(index, 'city', ['910100', '910200'] as never);
    expect(h.series.map((s) => s.points.map((p) => p.seriesBreak))).toEqual([
      [false, true],
      [false, false],
    ]);
  });
});
