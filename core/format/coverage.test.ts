import { describe, expect, it } from 'vitest';
import {
  bestCoveredYear,
  coverage,
  coverageSummary,
  latestCitedDate,
  synthCell,
  synthEntity,
  synthSource,
  synthCities,
} from '../data';
import { coverageStatement, isLowCoverage } from './coverage';
import { formatSourceDate } from './names';

// Four prefecture-level cities and one autonomous prefecture in one province, 2022–2023.
const world = synthCities({
  years: [2022, 2023],
  national: { total: [1000, 1000] },
  cities: [
    { code: '910100', zh: '甲', en: 'Jia', province: '910000', total: [100, 300] },
    { code: '910200', zh: '乙', en: 'Yi', province: '910000', total: [null, 200] },
    { code: '910300', zh: '丙', en: 'Bing', province: '910000', total: [null, 150] },
    { code: '910400', zh: '丁', en: 'Ding', province: '910000', total: [null, null] },
  ],
});
world.reference.entities.push(
  synthEntity('912300', 'city', '戊', 'Wu', {
    nameZh: '戊自治州',
    provinceCode: '910000' as never,
  }),
);
const derivedOne = world.dataset.figures.find((r) => r.code === '910300' && r.year === 2023)!;
derivedOne.cells.total = synthCell(150, 'S001', { flag: 'derived', derivation: { kind: 'sum' } });
const nameOf = (code: string) => world.reference.entities.find((e) => e.code === code)!.shortZh;

describe('coverage', () => {
  it('counts cities and other prefecture-level units apart, lists the missing, says complete', () => {
    const c = coverage(world.dataset, world.reference, 2023, 'city');
    expect(c.byKind).toEqual([
      { kind: 'city', withData: 3, total: 4 },
      { kind: 'prefecture', withData: 0, total: 1 },
    ]);
    expect(c.missing).toEqual(['910400', '912300']);
    expect(c.complete).toBe(false);
    expect(c.derived).toEqual({ sum: 1, usd: 0 });
    expect(coverage(world.dataset, world.reference, 2023, 'national').complete).toBe(true);
  });

  it('offers the best-covered year, the latest on a tie', () => {
    expect(bestCoveredYear(world.dataset, world.reference, 'city', [2022, 2023])?.year).toBe(2023);
    expect(bestCoveredYear(world.dataset, world.reference, 'city', [2022])?.year).toBe(2022);
    expect(bestCoveredYear(world.dataset, world.reference, 'city', [2030])).toBeNull();
  });
});

describe('the coverage statement', () => {
  it('states counts, share, completeness and derived totals in English', () => {
    const c = coverage(world.dataset, world.reference, 2023, 'city');
    expect(coverageStatement(c, 'en', nameOf)).toBe(
      '2023: 3 of 4 prefecture-level cities (and 0 of 1 autonomous prefectures, prefectures and leagues), 65.0% of national trade. Not a complete ranking: 丁, 戊 missing. Of the totals, 1 is exports + imports of one source (derived, marked so).',
    );
  });

  it('and in Chinese', () => {
    const c = coverage(world.dataset, world.reference, 2022, 'city');
    expect(coverageStatement(c, 'zh-CN', nameOf)).toBe(
      '2022 年：4 个地级市中 1 个有全年数据（另有 1 个自治州、地区和盟中的 0 个），合计占全国进出口 10.0%。不是完整排名：缺 乙、丙、丁、戊。',
    );
  });

  it('calls a ranking complete only when nothing is missing, and says when no share is known', () => {
    const provinces = coverage(world.dataset, world.reference, 2023, 'province');
    expect(provinces.complete).toBe(false);
    world.dataset.figures.push({
      ...derivedOne,
      code: '910000' as never,
      cells: { total: synthCell(650) },
    });
    const c = coverage(world.dataset, world.reference, 2023, 'province');
    expect(coverageStatement(c, 'en', nameOf)).toBe(
      '2023: 1 of 1 province, 65.0% of national trade. A complete ranking.',
    );
    const noNation = {
      ...world.dataset,
      figures: world.dataset.figures.filter((r) => r.code !== '100000'),
    };
    expect(
      coverageStatement(coverage(noNation, world.reference, 2023, 'province'), 'zh-CN', nameOf),
    ).toBe('2023 年：1 个省份中 1 个有全年数据；全国总额未公布，占比未知。排名完整。');
  });

  it('is low below half of the entities', () => {
    expect(isLowCoverage(coverage(world.dataset, world.reference, 2022, 'city'))).toBe(true);
    expect(isLowCoverage(coverage(world.dataset, world.reference, 2023, 'city'))).toBe(false);
  });
});

describe('coverage by year and the date of the data', () => {
  it('summarises the province and city levels of every year with data', () => {
    const rows = coverageSummary(world.dataset, world.reference);
    expect(rows.map((r) => [r.year, r.city.entitiesWithData])).toEqual([
      [2022, 1],
      [2023, 3],
    ]);
  });

  it('dates the data by its latest cited source, and reads the date in both languages', () => {
    const dated = {
      ...world.dataset,
      sources: [
        synthSource('S001', { publishedDate: '2024-03-10' }),
        synthSource('S999', { publishedDate: '2030-01' }), // cited by nothing
      ],
    };
    expect(latestCitedDate(dated)).toBe('2024-03-10');
    expect(formatSourceDate('2026-08', 'zh-CN')).toBe('2026年8月');
    expect(formatSourceDate('2026-03-10', 'en')).toBe('10 Mar 2026');
    expect(formatSourceDate('', 'en')).toBe('');
  });
});
