import { describe, expect, it } from 'vitest';
import { asAdcode } from '../model';
import { cityProfile } from './city-profile';
import { world } from './ranking-fixture';
import { synthCities } from './synth-fixtures';
import { indexFullYears } from './year-index';

const index = indexFullYears(world.dataset, world.reference);

describe('city profile', () => {
  const p = cityProfile(index, asAdcode('440300'), 2025)!;

  it('lists the years with figures, their cells and computed ranks with population', () => {
    expect(p.years.map((y) => [y.year, y.total?.value, y.rank, y.rankedCount])).toEqual([
      [2023, 300, 1, 4],
      [2024, 320, 1, 4],
      [2025, 330, 1, 5],
    ]);
    expect(p.years[2]!.total?.sourceId).toBe('S010');
    expect(p.years[2]!.publishedRanks.map((r) => r.rank)).toEqual([1]);
  });

  it('shares of province and nation only where both figures exist', () => {
    // 广东 400/440/500; nation 1000/1100/1210.
    expect(p.years.map((y) => y.shareOfProvince)).toEqual([75, (320 / 440) * 100, 66]);
    expect(p.years[0]!.shareOfNation).toBe(30);
    const dg = cityProfile(index, asAdcode('441900'), 2025)!;
    expect(dg.years[2]!.shareOfProvince).toBe(32);
    // 浙江 has no total; 宁波 2024 is a rank-only record.
    const nb = cityProfile(index, asAdcode('330200'), 2025)!;
    expect(nb.years.map((y) => y.shareOfProvince)).toEqual([null, null, null]);
  });

  it('neighbours in rank around the entity', () => {
    const nb = cityProfile(index, asAdcode('330200'), 2025, 1)!;
    expect(nb.neighbourYear).toBe(2025);
    expect(nb.neighbours.map((n) => [n.entity.shortZh, n.rank, n.self])).toEqual([
      ['东莞', 2, false],
      ['宁波', 3, true],
      ['金华', 4, false],
    ]);
    // 宁波 has no 2024 figure: neighbours fall back to the latest earlier ranked year.
    expect(cityProfile(index, asAdcode('330200'), 2024)!.neighbourYear).toBe(2023);
  });

  it('an unranked entity has no neighbours; unknown codes give null', () => {
    const fz = cityProfile(index, asAdcode('350100'), 2025)!;
    expect(fz.neighbours).toEqual([]);
    expect(fz.years[0]!.totalYoy?.value).toBe(-24);
    expect(cityProfile(index, asAdcode('999999'), 2025)).toBeNull();
  });

  it('a municipality shows no share of itself', () => {
    const m = synthCities({
      years: [2025],
      provinces: [{ code: '310000', zh: '上海', en: 'Shanghai', total: [45100] }],
      cities: [{ code: '310100', zh: '上海', en: 'Shanghai', province: '310000', total: [45100] }],
    });
    const sh = cityProfile(indexFullYears(m.dataset, m.reference), asAdcode('310100'), 2025)!;
    expect(sh.years[0]!.shareOfProvince).toBeNull();
  });
});
