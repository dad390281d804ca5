import { describe, expect, it } from 'vitest';
import { asAdcode } from '../model';
import { fillMunicipalityTwins, municipalityTwins, sharedWithTwin } from './municipality-twins';
import { synthCell, synthEntity, synthRank, synthRecord } from './synth';

// 北京 as a province-level unit and as a city (both 北京市); 广东 and 广州 are not twins.
const ENTITIES = [
  synthEntity('110000', 'province', '北京', 'Beijing', { nameZh: '北京市' }),
  synthEntity('110100', 'city', '北京', 'Beijing'),
  synthEntity('440000', 'province', '广东', 'Guangdong'),
  synthEntity('440100', 'city', '广州', 'Guangzhou'),
];

describe('municipality twins', () => {
  it('pairs a city with the province-level unit of the same name', () => {
    expect([...municipalityTwins(ENTITIES)]).toEqual([['110100', '110000']]);
  });

  it('gives a city the province-level figure it lacks, saying where it came from', () => {
    const records = [
      synthRecord('110000', 2025, { total: synthCell(31929.7, 'S291', { note: 'bulletin' }) }),
      synthRecord('440000', 2025, { total: synthCell(91000, 'S1') }),
    ];
    const out = fillMunicipalityTwins(records, ENTITIES);
    const city = out.find((r) => r.code === '110100')!;
    expect(city.cells.total).toMatchObject({ value: 31929.7, sourceId: 'S291', flag: null });
    expect(city.cells.total!.note).toBe(
      'Municipality: the figure filed for 北京市 (Beijing) at province level (110000), the same territory. bulletin',
    );
    // No twin for a province's capital; the records keep their order.
    expect(out.map((r) => r.code)).toEqual(['110000', '110100', '440000']);
  });

  it('keeps a figure filed at a level itself, filling only the measures it lacks, both ways', () => {
    const records = [
      synthRecord('110000', 2023, {
        total: synthCell(36466.3, 'S248'),
        exports: synthCell(5000, 'S248'),
      }),
      synthRecord('110100', 2023, {
        total: synthCell(36500, 'S012'),
        imports: synthCell(30000, 'S012'),
      }),
    ];
    const [province, city] = fillMunicipalityTwins(records, ENTITIES);
    expect(city!.cells.total!.value).toBe(36500);
    expect(city!.cells.exports!.value).toBe(5000);
    expect(province!.cells.total!.value).toBe(36466.3);
    expect(province!.cells.imports!.note).toMatch(/^Municipality: .* at city level \(110100\)/);
  });

  it('shares no derived figure: a yearbook sum or a USD conversion stays where it was computed', () => {
    const sum = synthCell(28677.2, 'S200', { flag: 'derived', derivation: { kind: 'sum' } });
    const records = [
      synthRecord('110000', 2016, { total: synthCell(18760.7, 'S206', { flag: 'derived' }) }),
      synthRecord('110100', 2019, { total: sum, exports: synthCell(5000, 'S200') }),
    ];
    records[0]!.cells.total!.derivation = {
      kind: 'usd',
      usdValue: 2824.5,
      rate: 6.642,
      rateSourceId: records[0]!.cells.total!.sourceId,
      rateKind: 'annual_average',
      usdSum: false,
    };
    const out = fillMunicipalityTwins(records, ENTITIES);
    expect(out.map((r) => `${r.code} ${r.year} ${Object.keys(r.cells).join(',')}`)).toEqual([
      '110000 2016 total',
      '110000 2019 exports',
      '110100 2019 total,exports',
    ]);
  });

  it('copies no published rank: a rank among provinces is not one among cities', () => {
    const province = synthRecord(
      '110000',
      2025,
      { total: synthCell(31929.7, 'S291') },
      { ranks: [synthRank(6, 'national_province')] },
    );
    const city = fillMunicipalityTwins([province], ENTITIES).find((r) => r.code === '110100')!;
    expect(city.ranks).toEqual([]);
  });
});

describe('which imported municipalities are shared with their twin', () => {
  const incoming = (code: string, metric: 'total' | 'exports' = 'total') => ({
    code: asAdcode(code),
    year: 2026,
    period: 'full_year',
    metric,
  });
  it('names a municipality whose twin has no figure of its own', () => {
    expect(sharedWithTwin([incoming('110000'), incoming('440000')], [], ENTITIES)).toEqual([
      '110000',
    ]);
  });

  it('leaves it out when the file or the working data gives the twin its own figure', () => {
    const both = [incoming('110000'), incoming('110100')];
    expect(sharedWithTwin(both, [], ENTITIES)).toEqual([]);
    const own = [synthRecord('110100', 2026, { total: synthCell(1, 'S1') })];
    expect(sharedWithTwin([incoming('110000')], own, ENTITIES)).toEqual([]);
    // Another measure of the twin does not count.
    expect(sharedWithTwin([incoming('110000', 'exports')], own, ENTITIES)).toEqual(['110000']);
  });

  it('still names it when the twin only holds a copy from this level', () => {
    const copied = fillMunicipalityTwins(
      [synthRecord('110000', 2026, { total: synthCell(1, 'S1') })],
      ENTITIES,
    );
    expect(sharedWithTwin([incoming('110000')], copied, ENTITIES)).toEqual(['110000']);
  });
});
