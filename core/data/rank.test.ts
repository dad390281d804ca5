import { describe, expect, it } from 'vitest';
import { rankEntities } from './rank';
import {
  synthCell,
  synthDataset,
  synthEntity,
  synthRank,
  synthRecord,
  synthReference,
} from './synth';

const reference = synthReference([
  synthEntity('100000', 'national', '中国', 'China'),
  synthEntity('440000', 'province', '广东', 'Guangdong'),
  synthEntity('320000', 'province', '江苏', 'Jiangsu'),
  synthEntity('310000', 'province', '上海', 'Shanghai'),
  synthEntity('310100', 'city', '上海', 'Shanghai'),
  synthEntity('440300', 'city', '深圳', 'Shenzhen'),
  synthEntity('320500', 'city', '苏州', 'Suzhou'),
  synthEntity('441900', 'city', '东莞', 'Dongguan'),
  synthEntity('330200', 'city', '宁波', 'Ningbo'),
  synthEntity('330782', 'county_city', '义乌', 'Yiwu', { parentCode: '330700' as never }),
  synthEntity('610100', 'city', '西安', "Xi'an", { formerCodes: ['619999' as never] }),
]);

const dataset = synthDataset([
  synthRecord(
    '440300',
    2025,
    { total: 45500, total_yoy: 1.4, exports: 28000, exports_yoy: -2 },
    {
      ranks: [synthRank(1, 'national_city'), synthRank(1, 'in_province')],
    },
  ),
  synthRecord('310100', 2025, { total: 45100, total_yoy: 5.6, exports: 18000 }),
  synthRecord('310000', 2025, { total: 45100 }, { ranks: [synthRank(2, 'national_province')] }),
  // Suzhou and Dongguan tie on total.
  synthRecord('320500', 2025, { total: 15800, total_yoy: 3 }),
  synthRecord('441900', 2025, { total: 15800, total_yoy: 13.8 }),
  synthRecord('330200', 2025, { total_yoy: 4.2 }), // growth only: no value to rank by total
  synthRecord('330782', 2025, { total: 7000 }),
  synthRecord('619999', 2025, { total: 4987.9, total_yoy: 21.1 }),
  synthRecord('440000', 2025, { total: 91000 }),
  synthRecord('320000', 2025, { total: 56000 }),
  synthRecord('100000', 2025, { total: 454700 }),
  // Excluded: partial period, other year, port trade, unknown code.
  synthRecord('330200', 2025, { total: 99999 }, { period: 'Jan-Jun' }),
  synthRecord('330200', 2024, { total: 13000 }),
  synthRecord('330100', 2025, { total: 80000 }),
  synthRecord('441900', 2024, { total: synthCell(100900, 'S055', { flag: 'not_comparable' }) }),
]);

describe('rankEntities', () => {
  it('ranks full-year city totals, descending, with competition ranks for ties', () => {
    const rows = rankEntities(dataset, reference, { year: 2025, level: 'city', metric: 'total' });
    expect(rows.map((r) => [r.rank, r.shortZh, r.value])).toEqual([
      [1, '深圳', 45500],
      [2, '上海', 45100],
      [3, '苏州', 15800], // tie: ordered by code
      [3, '东莞', 15800],
      [5, '西安', 4987.9],
    ]);
    expect(rows[0]).toMatchObject({
      code: '440300',
      nameZh: '深圳市',
      nameEn: 'Shenzhen',
      level: 'city',
      yoyPct: 1.4,
    });
    expect(rows[0]!.cell.sourceId).toBe('S001');
    expect(rows[0]!.publishedRank).toMatchObject({ scope: 'national_city', rank: 1 });
    expect(rows[1]!.publishedRank).toBeNull();
  });

  it('resolves former codes to the current entity', () => {
    const rows = rankEntities(dataset, reference, { year: 2025, level: 'city', metric: 'total' });
    expect(rows.find((r) => r.shortZh === '西安')!.code).toBe('610100');
  });

  it('includes county-level cities only on request', () => {
    const rows = rankEntities(dataset, reference, {
      year: 2025,
      level: 'city',
      metric: 'total',
      includeCountyCities: true,
    });
    expect(rows.map((r) => r.shortZh)).toEqual(['深圳', '上海', '苏州', '东莞', '义乌', '西安']);
    expect(rows.find((r) => r.shortZh === '义乌')).toMatchObject({ rank: 5, level: 'county_city' });
  });

  it('ranks provinces with the national_province published rank', () => {
    const rows = rankEntities(dataset, reference, {
      year: 2025,
      level: 'province',
      metric: 'total',
    });
    expect(rows.map((r) => [r.rank, r.shortZh])).toEqual([
      [1, '广东'],
      [2, '江苏'],
      [3, '上海'],
    ]);
    expect(rows[2]!.publishedRank).toMatchObject({ scope: 'national_province', rank: 2 });
  });

  it('ranks by growth, including entities that only have a growth figure', () => {
    const rows = rankEntities(dataset, reference, { year: 2025, level: 'city', metric: 'yoy' });
    expect(rows.map((r) => [r.rank, r.shortZh, r.value])).toEqual([
      [1, '西安', 21.1],
      [2, '东莞', 13.8],
      [3, '上海', 5.6],
      [4, '宁波', 4.2],
      [5, '苏州', 3],
      [6, '深圳', 1.4],
    ]);
  });

  it('pairs an export ranking with export growth and skips missing values', () => {
    const rows = rankEntities(dataset, reference, { year: 2025, level: 'city', metric: 'exports' });
    expect(rows.map((r) => [r.shortZh, r.value, r.yoyPct])).toEqual([
      ['深圳', 28000, -2],
      ['上海', 18000, null],
    ]);
    expect(
      rankEntities(dataset, reference, { year: 2025, level: 'city', metric: 'imports' }),
    ).toEqual([]);
  });

  it('never ranks a not_comparable cell', () => {
    const rows = rankEntities(dataset, reference, { year: 2024, level: 'city', metric: 'total' });
    expect(rows.map((r) => r.shortZh)).toEqual(['宁波']);
  });

  it('gives a year without data an empty ranking', () => {
    expect(
      rankEntities(dataset, reference, { year: 2019, level: 'city', metric: 'total' }),
    ).toEqual([]);
  });

  it('shares ranks across a three-way tie', () => {
    const ds = synthDataset([
      synthRecord('440300', 2025, { total: 10 }),
      synthRecord('310100', 2025, { total: 10 }),
      synthRecord('320500', 2025, { total: 10 }),
      synthRecord('441900', 2025, { total: 5 }),
    ]);
    const rows = rankEntities(ds, reference, { year: 2025, level: 'city', metric: 'total' });
    expect(rows.map((r) => r.rank)).toEqual([1, 1, 1, 4]);
  });
});
