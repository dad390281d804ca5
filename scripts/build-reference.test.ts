import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity, ReferenceTables } from '../core/model';
import { REFERENCE_PATH, buildReferenceTables } from './build-reference';
import { sharedDataDir } from './build-data';
import { makeEntityLookup } from './data/entity-lookup';
import { readCsv } from './data/read-shared';

const committed = JSON.parse(readFileSync(REFERENCE_PATH, 'utf8')) as ReferenceTables;
const byCode = new Map(committed.entities.map((e) => [e.code as string, e]));
const get = (code: string): Entity => {
  const entity = byCode.get(code);
  if (!entity) throw new Error(`no entity ${code}`);
  return entity;
};
const ofLevel = (level: Entity['level']) => committed.entities.filter((e) => e.level === level);

describe('reference tables', () => {
  it('are current: the committed file equals a fresh build', () => {
    expect(buildReferenceTables()).toEqual(committed);
    expect(statSync(REFERENCE_PATH).size).toBeLessThan(600_000);
  });

  it('hold the nation, 34 province-level units, 333 prefectures plus 4 municipalities', () => {
    expect(ofLevel('national').map((e) => e.code)).toEqual(['100000']);
    expect(ofLevel('province')).toHaveLength(34);
    expect(ofLevel('city')).toHaveLength(337);
    const municipalities: [string, string][] = [
      ['110000', '110100'],
      ['310000', '310100'],
    ];
    for (const [province, city] of municipalities) {
      expect(get(province)).toMatchObject({ level: 'province', provinceCode: province });
      expect(get(city)).toMatchObject({
        level: 'city',
        provinceCode: province,
        shortZh: get(province).shortZh,
      });
    }
    expect(get('460400')).toMatchObject({
      level: 'city',
      nameZh: '儋州市',
      formerCodes: ['469003'],
    });
    expect(get('460300')).toMatchObject({ level: 'city', centroid: null });
    expect(byCode.has('469003')).toBe(false);
  });

  it('hold the county-level cities with their parents', () => {
    expect(get('330782')).toMatchObject({
      level: 'county_city',
      parentCode: '330700',
      provinceCode: '330000',
    });
    expect(get('419001')).toMatchObject({
      level: 'county_city',
      parentCode: null,
      provinceCode: '410000',
    });
    for (const code of ['429004', '429021', '469001', '469030', '659001']) {
      expect(get(code).level).toBe('county_city');
    }
  });

  /** Checks `field` of each entity against the expected values, keyed by code. */
  function expectField<K extends keyof Entity>(field: K, expected: Record<string, Entity[K]>) {
    const actual = Object.fromEntries(Object.keys(expected).map((c) => [c, get(c)[field]]));
    expect(actual).toEqual(expected);
  }

  it('shorten official names sensibly', () => {
    // prettier-ignore
    expectField('shortZh', {
      '450000': '广西', '150000': '内蒙古', '222400': '延边', '653000': '克孜勒苏',
      '652700': '博尔塔拉', '810000': '香港', '232700': '大兴安岭', '152200': '兴安', '469029': '保亭',
    });
    expect(get('222400').aliases).toEqual(
      expect.arrayContaining(['延边朝鲜族自治州', '延边', '延边州']),
    );
  });

  it('give pinyin search keys that survive polyphones', () => {
    // prettier-ignore
    expectField('pinyin', {
      '500100': 'chongqing', '430100': 'changsha', '350200': 'xiamen', '340300': 'bengbu',
      '341500': 'luan', '331100': 'lishui', '511100': 'leshan', '211300': 'chaoyang',
      '140200': 'datong', '610100': 'xian', '230100': 'haerbin', '653100': 'kashi',
      '540300': 'changdu', '140400': 'changzhi', '141100': 'lvliang', '610000': 'shaanxi',
    });
    for (const e of committed.entities) expect(e.pinyin).toMatch(/^[a-z]+$/);
  });

  it('give conventional English names, unique within a level', () => {
    // prettier-ignore
    expectField('nameEn', {
      '610100': "Xi'an", '230100': 'Harbin', '650100': 'Urumqi', '150100': 'Hohhot',
      '540100': 'Lhasa', '540200': 'Xigaze', '150000': 'Inner Mongolia', '540000': 'Xizang',
      '610000': 'Shaanxi', '140000': 'Shanxi', '360800': "Ji'an", '341500': "Lu'an",
      '370900': "Tai'an", '320800': "Huai'an", '511800': "Ya'an", '610600': "Yan'an",
      '810000': 'Hong Kong', '820000': 'Macau', '450000': 'Guangxi', '640000': 'Ningxia',
      '331000': 'Taizhou (Zhejiang)', '321200': 'Taizhou (Jiangsu)', '350100': 'Fuzhou',
      '361000': 'Fuzhou (Jiangxi)', '360900': 'Yichun (Jiangxi)', '230700': 'Yichun (Heilongjiang)',
    });
    for (const levels of [['province'], ['city', 'county_city']]) {
      const names = committed.entities.filter((e) => levels.includes(e.level)).map((e) => e.nameEn);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    }
  });

  it('resolve former codes and names to the current entity', () => {
    const currentOf = (old: string) =>
      committed.entities.find((e) => (e.formerCodes as string[]).includes(old))?.code;
    // prettier-ignore
    const moves: Record<string, string> = {
      '542300': '540200', '542200': '540500', '542400': '540600', '542600': '540400',
      '652100': '650400', '652200': '650500', '371200': '370100', '469003': '460400',
    };
    for (const [old, current] of Object.entries(moves))
      expect([old, currentOf(old)]).toEqual([old, current]);
    expect(get('420600').aliases).toContain('襄樊');
    expect(get('370100').aliases).toContain('莱芜');
    for (const e of committed.entities) {
      for (const c of e.formerCodes) expect(byCode.has(c)).toBe(false);
    }
  });

  it('carry region, coastal, capital and centroid attributes', () => {
    const provinces = ofLevel('province');
    expect(provinces.filter((p) => p.coastal)).toHaveLength(11);
    expect(provinces.filter((p) => p.region !== null)).toHaveLength(31);
    expect(ofLevel('city').filter((c) => c.provincialCapital)).toHaveLength(27);
    expectField('coastal', { '440300': true, '440600': false, '330100': true, '110100': false });
    expectField('region', { '440300': 'east', '420100': 'central', '210200': 'northeast' });
    const noCentroid = committed.entities.filter((e) => e.centroid === null).map((e) => e.code);
    expect(noCentroid).toEqual(['100000', '460300', '330782']);
    expect(get('540500').centroid).not.toBeNull(); // from the old 542200 polygon
  });
});

describe.skipIf(!existsSync(sharedDataDir()))('English names match the curated data', () => {
  const lookup = makeEntityLookup(committed);

  it('in figures.csv', () => {
    const mismatches = readCsv(path.join(sharedDataDir(), 'figures.csv')).flatMap(
      ({ line, fields: f }) => {
        const r = lookup.resolve(f.level as Entity['level'], f.name_zh!, f.province_zh ?? '');
        if ('error' in r) return [`line ${line}: ${r.error}`];
        const nameEn = get(r.code).nameEn;
        return nameEn === f.name_en ? [] : [`line ${line}: ${f.name_en} vs ${nameEn}`];
      },
    );
    expect(mismatches).toEqual([]);
  });

  it('in breakdowns.csv (which has no province column: names must be unique per level)', () => {
    const mismatches = readCsv(path.join(sharedDataDir(), 'breakdowns.csv')).flatMap(
      ({ line, fields: f }) => {
        const matches = lookup.byName(f.level as Entity['level'], f.name_zh!);
        if (matches.length !== 1)
          return [`line ${line}: ${matches.length} matches for ${f.name_zh}`];
        return matches[0]!.nameEn === f.name_en
          ? []
          : [`line ${line}: ${f.name_en} vs ${matches[0]!.nameEn}`];
      },
    );
    expect(mismatches).toEqual([]);
  });
});
