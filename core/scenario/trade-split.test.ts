import { describe, expect, it } from 'vitest';
import {
  synthCell,
  synthDataset,
  synthEntity,
  synthRecord,
  synthReference,
  indexFullYears,
} from '../data';
import { asAdcode } from '../model';
import { DEFAULT_PROXY_RANGE } from './proxy-range';
import { resolveSplit } from './trade-split';

const reference = synthReference([
  synthEntity('100000', 'national', '中国', 'China'),
  synthEntity('440000', 'province', '广东', 'Guangdong'),
  synthEntity('440300', 'city', '深圳', 'Shenzhen'),
  synthEntity('441900', 'city', '东莞', 'Dongguan'),
  synthEntity('441300', 'city', '惠州', 'Huizhou'),
  synthEntity('610100', 'city', '西安', 'Xian'),
]);
const dataset = synthDataset([
  synthRecord('100000', 2024, { total: 1000, exports: 600, imports: 400 }),
  synthRecord('440000', 2025, { total: 100 }),
  synthRecord('440000', 2023, { exports: 70, imports: 30 }),
  synthRecord('440300', 2025, { total: 45500 }),
  synthRecord('440300', 2022, { exports: 300, imports: 100 }),
  synthRecord('440300', 2023, { exports: 270, imports: 130 }),
  // Withheld cells are no split.
  synthRecord('440300', 2024, {
    exports: 280,
    imports: synthCell(150, 'S001', { flag: 'unit_slip' }),
  }),
  synthRecord('441900', 2025, { total: 15800 }),
  synthRecord('441300', 2025, { exports: 20, imports: 30 }),
  synthRecord('610100', 2025, { total: 4987.9 }),
]);
const index = indexFullYears(dataset, reference);
const split = (code: string, province: string | null) =>
  resolveSplit(
    index,
    asAdcode(code),
    2025,
    province ? asAdcode(province) : null,
    asAdcode('100000'),
    DEFAULT_PROXY_RANGE,
  );

describe('the export/import split chain', () => {
  it('own split of the base year when both flows are published', () => {
    expect(split('441300', '440000')).toMatchObject({ step: 'own', exportShare: 0.4, low: 0.4 });
  });

  it("own split of the nearest earlier year with both flows usable ('own 2023 split')", () => {
    const s = split('440300', '440000')!;
    expect([s.step, s.year, s.exportShare, s.fromCode]).toEqual([
      'own_earlier',
      2023,
      0.675,
      '440300',
    ]);
    expect([s.low, s.high]).toEqual([expect.closeTo(0.54, 12), expect.closeTo(0.81, 12)]);
  });

  it("the province's split, then the nation's, each of the nearest year at or before the base", () => {
    expect(split('441900', '440000')).toMatchObject({
      step: 'province',
      year: 2023,
      exportShare: 0.7,
      low: 0.35,
      high: 1,
    });
    expect(split('610100', '610000')).toMatchObject({
      step: 'national',
      year: 2024,
      exportShare: 0.6,
    });
  });

  it('none when no step publishes both flows', () => {
    const empty = indexFullYears(
      synthDataset([synthRecord('610100', 2025, { total: 5 })]),
      reference,
    );
    expect(
      resolveSplit(empty, asAdcode('610100'), 2025, null, asAdcode('100000'), DEFAULT_PROXY_RANGE),
    ).toBeNull();
  });
});
