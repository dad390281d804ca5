import { describe, expect, it } from 'vitest';
import { asAdcode } from '../model';
import { rankHistory, topCodes } from './rank-history';
import { world } from './ranking-fixture';
import { indexFullYears } from './year-index';

const index = indexFullYears(world.dataset, world.reference);

describe('rank history', () => {
  it('ranks each year among the entities with data that year, and counts them', () => {
    const h = rankHistory(index, 'city', ['440300', '330200', '610100'].map(asAdcode));
    expect(h.years).toEqual([2023, 2024, 2025]);
    // 2023: 深圳 300, 宁波 120, 东莞 100, 咸阳 10 → 4 ranked; 2024: 深圳, 西安, 咸阳...
    // 2024: 深圳 320, 西安 120, 东莞 110, 咸阳 12 → 4; 2025: 5 (福州 has growth only).
    expect(h.rankedCount).toEqual([4, 4, 5]);
    const ranks = Object.fromEntries(
      h.series.map((s) => [s.entity.shortZh, s.points.map((p) => p.rank)]),
    );
    expect(ranks).toEqual({ 深圳: [1, 1, 1], 宁波: [2, null, 3], 西安: [null, 2, 5] });
    expect(h.series[1]!.points.map((p) => p.value)).toEqual([120, null, 150]);
  });

  it('keeps the requested order and skips unknown codes', () => {
    const h = rankHistory(index, 'city', ['610100', '999999', '440300'].map(asAdcode));
    expect(h.series.map((s) => s.code)).toEqual(['610100', '440300']);
  });

  it('top n by total in a year', () => {
    expect(topCodes(index, 'city', 2025, 3)).toEqual(['440300', '441900', '330200']);
    expect(topCodes(index, 'city', 2019, 3)).toEqual([]);
  });
});
