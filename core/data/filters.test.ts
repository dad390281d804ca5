import { describe, expect, it } from 'vitest';
import { asAdcode } from '../model';
import { nameKey as normaliseName } from '../places';
import { emptyFilter, filterRows, isFiltering, matchesSearch } from './filters';
import { synthEntity } from './synth';

const xian = synthEntity('610100', 'city', '西安', "Xi'an", {
  pinyin: 'xian',
  region: 'west',
  aliases: ['西安市'],
});
const xianyang = synthEntity('610400', 'city', '咸阳', 'Xianyang', {
  pinyin: 'xianyang',
  region: 'west',
});
const shenzhen = synthEntity('440300', 'city', '深圳', 'Shenzhen', {
  region: 'east',
  coastal: true,
});
const hohhot = synthEntity('150100', 'city', '呼和浩特', 'Hohhot', {
  pinyin: 'huhehaote',
  region: 'west',
});
const rows = [
  { entity: shenzhen, total: 45500 },
  { entity: xian, total: 4987.9 },
  { entity: xianyang, total: null },
  { entity: hohhot, total: 300 },
];
const names = (rs: typeof rows) => rs.map((r) => r.entity.shortZh);

describe('name search', () => {
  it('folds case, apostrophes, spaces, hyphens and accents', () => {
    expect(normaliseName("Xi'an")).toBe('xian');
    expect(normaliseName('XI-AN')).toBe('xian');
    expect(normaliseName(' Xī ’ān ')).toBe('xian');
    expect(normaliseName('西 安')).toBe('西安');
  });

  it('finds 西安 by pinyin, English and Chinese names', () => {
    for (const q of ['xian', "Xi'an", 'xi an', 'XIAN', '西安', '西安市', '西']) {
      expect(matchesSearch(xian, q), q).toBe(true);
    }
    expect(matchesSearch(xian, 'shenzhen')).toBe(false);
    expect(matchesSearch(hohhot, 'huhe')).toBe(true);
    expect(matchesSearch(hohhot, 'hohhot')).toBe(true);
  });

  it('"xian" finds both 西安 and 咸阳 (substring), an empty query everything', () => {
    expect(names(filterRows(rows, { ...emptyFilter(), search: 'xian' }))).toEqual(['西安', '咸阳']);
    expect(filterRows(rows, { ...emptyFilter(), search: '  ' })).toHaveLength(4);
  });
});

describe('board filters', () => {
  it('filters by province, region and coast', () => {
    expect(names(filterRows(rows, { ...emptyFilter(), provinces: [asAdcode('610000')] }))).toEqual([
      '西安',
      '咸阳',
    ]);
    expect(names(filterRows(rows, { ...emptyFilter(), region: 'east' }))).toEqual(['深圳']);
    expect(names(filterRows(rows, { ...emptyFilter(), coast: 'coastal' }))).toEqual(['深圳']);
    expect(names(filterRows(rows, { ...emptyFilter(), coast: 'inland' }))).toEqual([
      '西安',
      '咸阳',
      '呼和浩特',
    ]);
  });

  it('a minimum size drops rows of unknown size', () => {
    expect(names(filterRows(rows, { ...emptyFilter(), minTotal: 1000 }))).toEqual(['深圳', '西安']);
    expect(names(filterRows(rows, { ...emptyFilter(), minTotal: 0 }))).toEqual([
      '深圳',
      '西安',
      '呼和浩特',
    ]);
  });

  it('combines filters and reports whether any is set', () => {
    const f = { ...emptyFilter(), region: 'west' as const, search: 'xian', minTotal: 100 };
    expect(names(filterRows(rows, f))).toEqual(['西安']);
    expect(isFiltering(f)).toBe(true);
    expect(isFiltering(emptyFilter())).toBe(false);
    expect(isFiltering({ ...emptyFilter(), search: ' ' })).toBe(false);
  });
});
