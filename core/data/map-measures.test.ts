import { describe, expect, it } from 'vitest';
import {
  differenceUnit,
  differenceValues,
  isDivergingMetric,
  mapBaseYear,
  mapSeries,
  seriesValues,
  valueChange,
  type MapSeriesOptions,
} from './map-measures';
import { synthEntity, synthRecord } from './synth';
import { synthCities } from './synth-fixtures';
import { indexFullYears } from './year-index';

// National growth 10% in 2025; 济源 is a county-level unit with a 2025 total.
const base = synthCities({
  years: [2024, 2025],
  national: { total: [1000, 1100], total_yoy: [null, 10] },
  provinces: [{ code: '440000', zh: '广东', en: 'Guangdong', total: [400, 500] }],
  cities: [
    {
      code: '440300',
      zh: '深圳',
      en: 'Shenzhen',
      province: '440000',
      total: [300, 330],
      total_yoy: [null, 3.1],
      source: 'S010',
    },
    {
      code: '441900',
      zh: '东莞',
      en: 'Dongguan',
      province: '440000',
      total: [100, 160],
      total_yoy: [null, 45.5],
    },
    { code: '440100', zh: '广州', en: 'Guangzhou', province: '440000', total: [null, 150] },
    { code: '440600', zh: '佛山', en: 'Foshan', province: '440000', total_yoy: [null, 8] },
  ],
});
base.reference.entities.push(synthEntity('419001', 'county_city', '济源', 'Jiyuan'));
base.dataset.figures.push(synthRecord('419001', 2025, { total: 200 }));
const index = indexFullYears(base.dataset, base.reference);
const options: MapSeriesOptions = {
  year: 2025,
  level: 'city',
  metric: 'total',
  baseYear: 2024,
  spanStart: 2024,
};
const series = (o: Partial<MapSeriesOptions> = {}) => mapSeries(index, { ...options, ...o });
const valueOf = (s: ReturnType<typeof series>, code: string) =>
  s.entries.find((e) => e.code === code)?.value;

describe('map series', () => {
  it('ranks prefectures with a value, keeps gaps, and colours county units unranked', () => {
    const s = series();
    expect(s.entries.map((e) => [e.code, e.value, e.rank])).toEqual([
      ['440300', 330, 1],
      ['441900', 160, 2],
      ['440100', 150, 3],
      ['419001', 200, null],
      ['440600', null, null],
    ]);
    expect(s.rankedCount).toBe(3);
    expect(s.entries.find((e) => e.code === '419001')!.ranked).toBe(false);
    expect(s.entries.find((e) => e.code === '440600')!.gap).toBe('no_figure');
    // The source of the value travels with it.
    expect(s.entries[0]!.cells[0]!.sourceId).toBe('S010');
  });

  it('change in value needs both years; a missing base is a gap, never the whole value', () => {
    const s = series({ metric: 'change' });
    expect(valueOf(s, '440300')).toBe(30);
    expect(valueOf(s, '441900')).toBe(60);
    expect(valueOf(s, '440100')).toBeNull();
    expect(s.entries.find((e) => e.code === '440100')!.gap).toBe('no_base_figure');
  });

  it('Δrank comes from the like-for-like total ranking, and skips county units', () => {
    // 2024: 深圳 1, 东莞 2; 2025: 深圳 1, 东莞 2 among the two with both years.
    const s = series({ metric: 'rankChange' });
    expect(valueOf(s, '440300')).toBe(0);
    expect(valueOf(s, '441900')).toBe(0);
    expect(valueOf(s, '440100')).toBeNull();
    expect(s.entries.some((e) => e.code === '419001')).toBe(false);
  });

  it('growth against the nation keeps published growth and centres on the national rate', () => {
    const s = series({ metric: 'yoyVsNational' });
    expect(s.centre).toBe(10);
    expect(valueOf(s, '441900')).toBe(45.5);
    expect(valueOf(s, '440600')).toBe(8);
    expect(series({ metric: 'yoy' }).centre).toBe(0);
  });

  it('without a national growth rate there is nothing to compare against', () => {
    const s = series({ metric: 'yoyVsNational', year: 2024 });
    expect(s.entries.every((e) => e.value == null)).toBe(true);
  });

  it('share of national and province level', () => {
    expect(valueOf(series({ metric: 'share' }), '440300')).toBe(30);
    const p = series({ level: 'province' });
    expect(p.entries.map((e) => [e.code, e.value])).toEqual([['440000', 500]]);
  });

  it('the seam map holds a null for every gap', () => {
    const m = seriesValues(series());
    expect(m.get('440600')).toBeNull();
    expect(m.get('440300')).toBe(330);
    expect(m.has('999999')).toBe(false);
  });
});

describe('two-year difference', () => {
  it('subtracts where both years have a value and leaves the rest as gaps', () => {
    const d = differenceValues(series({ year: 2024 }), series({ year: 2025 }));
    expect(d.get('440300')).toBe(30);
    expect(d.get('440100')).toBeNull();
    expect(d.get('419001')).toBeNull();
  });

  it('reads a difference of percentages in points', () => {
    expect(differenceUnit('yoy')).toBe('pp');
    expect(differenceUnit('total')).toBe('money');
    expect(valueChange(0.3, 0.1)).toBe(0.2);
  });
});

it('levels are sequential and signed measures diverging', () => {
  expect(isDivergingMetric('total')).toBe(false);
  expect(isDivergingMetric('share')).toBe(false);
  expect(isDivergingMetric('balance')).toBe(true);
  expect(isDivergingMetric('rankChange')).toBe(true);
});

describe('mapBaseYear', () => {
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  it('keeps the distance the user chose while that year has data', () => {
    expect(mapBaseYear(years, 2025, 2)).toBe(2023);
    expect(mapBaseYear(years, 2021, 2)).toBe(2019);
  });
  it('compares with the nearest year that has data when the distance reaches past the data', () => {
    expect(mapBaseYear(years, 2020, 2)).toBe(2019);
    expect(mapBaseYear(years, 2020, 5)).toBe(2019);
    // A gap in the years: the nearest earlier year with data, the later of two as near.
    expect(mapBaseYear([2018, 2020, 2022], 2022, 1)).toBe(2020);
    expect(mapBaseYear([2017, 2019, 2022], 2022, 2)).toBe(2019);
  });
  it('has no year to fall back to at the first year', () => {
    expect(mapBaseYear(years, 2019, 1)).toBe(2018);
  });
});
