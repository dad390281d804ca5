/**
 * Synthesised fixtures for tests: small, readable datasets built in code rather than JSON blobs,
 * so each test states exactly the figures it depends on. Not used by the app at run time.
 */
import {
  asAdcode,
  asSourceId,
  DATASET_SCHEMA_VERSION,
  type Cell,
  type Dataset,
  type Entity,
  type ExchangeRate,
  type FigureRecord,
  type Level,
  type Measure,
  type PublishedRank,
  type ReferenceTables,
  type Source,
} from '../model';

/** A chosen cell with sensible defaults; override any field. */
export function synthCell(value: number, sourceId = 'S001', extra: Partial<Cell> = {}): Cell {
  return {
    value,
    sourceId: asSourceId(sourceId),
    flag: null,
    precision: 'exact',
    note: '',
    confirmedBy: [],
    alternates: [],
    ...extra,
  };
}

export function synthRank(
  rank: number,
  scope: PublishedRank['scope'] = 'national_city',
  sourceId = 'S001',
): PublishedRank {
  return { scope, rank, sourceId: asSourceId(sourceId), flag: null, note: '', alternates: [] };
}

/** A figure record; `values` maps measures to plain numbers (source S001) or full cells. */
export function synthRecord(
  code: string,
  year: number,
  values: Partial<Record<Measure, number | Cell>>,
  extra: Partial<FigureRecord> = {},
): FigureRecord {
  const cells: Partial<Record<Measure, Cell>> = {};
  for (const [measure, v] of Object.entries(values) as [Measure, number | Cell][]) {
    cells[measure] = typeof v === 'number' ? synthCell(v) : v;
  }
  return { code: asAdcode(code), year, period: 'full_year', cells, ranks: [], gaps: [], ...extra };
}

export function synthEntity(
  code: string,
  level: Level,
  shortZh: string,
  nameEn: string,
  extra: Partial<Entity> = {},
): Entity {
  const suffix = level === 'province' ? '省' : level === 'national' ? '' : '市';
  return {
    code: asAdcode(code),
    level,
    nameZh: shortZh + suffix,
    shortZh,
    nameEn,
    pinyin: nameEn.toLowerCase().replace(/[^a-z]/g, ''),
    aliases: [],
    formerCodes: [],
    provinceCode: level === 'national' ? null : asAdcode(code.slice(0, 2) + '0000'),
    parentCode: null,
    region: null,
    coastal: false,
    provincialCapital: false,
    centroid: null,
    ...extra,
  };
}

export function synthSource(id: string, extra: Partial<Source> = {}): Source {
  return {
    id: asSourceId(id),
    title: `Source ${id}`,
    publisher: 'Test publisher',
    url: `https://example.test/${id}`,
    publishedDate: '',
    kind: 'news_agency',
    ...extra,
  };
}

export function synthDataset(
  figures: FigureRecord[],
  sources: Source[] = [synthSource('S001')],
  rates: ExchangeRate[] = [],
): Dataset {
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    builtFrom: 'synthesised',
    unit: '亿元',
    dataAsOf: [...sources.map((s) => s.publishedDate)].sort().at(-1) ?? '',
    sources,
    figures,
    rates,
  };
}

export function synthReference(entities: Entity[]): ReferenceTables {
  return { schemaVersion: 1, builtFrom: 'synthesised', entities };
}
