import { describe, expect, it } from 'vitest';
import type { Cell, Dataset, Entity, FigureRecord, Level, ReferenceTables } from '../model';
import { NATIONAL_CODE, asAdcode, asSourceId } from '../model';
import { coverage } from './coverage';
import { synthEntity } from './synth';

// Synthesised reference: a nation, two provinces (one a municipality), its cities, a county city.
const entity = (code: string, level: Level): Entity =>
  synthEntity(code, level, code, code, { nameZh: code, pinyin: code, provinceCode: null });
const reference: ReferenceTables = {
  schemaVersion: 1,
  builtFrom: 'test',
  entities: [
    entity(NATIONAL_CODE, 'national'),
    entity('910000', 'province'),
    entity('920000', 'province'),
    entity('810000', 'province'), // outside the mainland statistics: not in the denominator
    entity('910100', 'city'),
    entity('910200', 'city'),
    entity('920100', 'city'), // the municipality as a city
    entity('910281', 'county_city'),
  ],
};

const cell = (value: number): Cell => ({
  value,
  sourceId: asSourceId('T1'),
  flag: null,
  precision: 'exact',
  note: '',
  confirmedBy: [],
  alternates: [],
});
function record(code: string, year: number, total?: number, period = 'full_year'): FigureRecord {
  const cells: FigureRecord['cells'] =
    total === undefined ? { total_yoy: cell(3) } : { total: cell(total) };
  return { code: asAdcode(code), year, period, cells, ranks: [], gaps: [] };
}
const dataset = (figures: FigureRecord[]): Dataset => ({
  schemaVersion: 1,
  builtFrom: 'test',
  unit: '亿元',
  rates: [],
  dataAsOf: '',
  sources: [],
  figures,
});

describe('coverage', () => {
  const data = dataset([
    record(NATIONAL_CODE, 2030, 1000),
    record('910000', 2030, 300.1),
    record('920000', 2030, 200.2),
    record('920100', 2030, 200.2),
    record('910100', 2030, 150),
    record('910200', 2030), // growth only: no total, not counted
    record('910200', 2030, 90, 'Jan-Jun'), // partial period: not counted
    record('910281', 2030, 40), // county city: never added to the city sum
    record('910100', 2031, 160),
  ]);

  it('counts entities of the level with a full-year total', () => {
    const c = coverage(data, reference, 2030, 'city');
    expect(c).toMatchObject({ level: 'city', year: 2030, entitiesWithData: 2, entitiesTotal: 3 });
    expect(c.codes).toEqual(['910100', '920100']);
    expect(c.sumOfTotals).toBe(350.2);
    expect(c.shareOfNational).toBeCloseTo(0.3502);
    expect(c.nationalTotal?.value).toBe(1000);
  });

  it('keeps county-level cities and municipalities-as-provinces in their own level', () => {
    const county = coverage(data, reference, 2030, 'county_city');
    expect(county).toMatchObject({ entitiesWithData: 1, entitiesTotal: 1, sumOfTotals: 40 });
    const provinces = coverage(data, reference, 2030, 'province');
    expect(provinces).toMatchObject({ entitiesWithData: 2, entitiesTotal: 2, sumOfTotals: 500.3 });
  });

  it('has no share without a national total, or at national level', () => {
    expect(coverage(data, reference, 2031, 'city')).toMatchObject({
      entitiesWithData: 1,
      nationalTotal: null,
      shareOfNational: null,
    });
    expect(coverage(data, reference, 2030, 'national')).toMatchObject({
      entitiesWithData: 1,
      shareOfNational: null,
    });
  });

  it('reports an empty year as zero coverage', () => {
    expect(coverage(data, reference, 2029, 'city')).toMatchObject({
      entitiesWithData: 0,
      codes: [],
      sumOfTotals: 0,
    });
  });
});
