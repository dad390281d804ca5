/**
 * Annual rankings computed from the working dataset. A computed rank is a rank *among the
 * entities that have a figure*, never a national rank: coverage is partial, so callers must show
 * how many entities were ranked (and, where a source states one, the published rank beside it).
 */
import type {
  Adcode,
  Cell,
  Currency,
  Dataset,
  Entity,
  Level,
  Measure,
  MoneyMeasure,
  PublishedRank,
  RankScope,
  ReferenceTables,
} from '../model';
import { usdFigure, type UsdFigure } from './currency';
import { entityIndex } from './figure-table';

export type RankMetric = 'total' | 'exports' | 'imports' | 'yoy';
export const RANK_METRICS: readonly RankMetric[] = ['total', 'exports', 'imports', 'yoy'];

export interface RankOptions {
  year: number;
  level: Level;
  metric: RankMetric;
  /** Rank 义乌 and 济源 among prefecture-level cities (only meaningful for level 'city'). */
  includeCountyCities?: boolean;
  /**
   * Rank money in US dollars (core/data/currency.ts): printed USD where a source printed it,
   * else 亿元 ÷ the year's published rate. Default 亿元.
   */
  currency?: Currency;
}

export interface RankRow {
  /** Competition rank among the entities with a value (ties share a rank: 1, 2, 2, 4). */
  rank: number;
  code: Adcode;
  /** Official name (深圳市). */
  nameZh: string;
  /** Short common name (深圳), the one used in tables. */
  shortZh: string;
  nameEn: string;
  level: Level;
  /** The ranked value: 亿元 (亿美元 with `currency: 'USD'`) for money metrics, % for 'yoy'. */
  value: number;
  /** With `currency: 'USD'`: whether the value was printed in dollars or converted, and at what rate. */
  usd: Pick<UsdFigure, 'how' | 'rate'> | null;
  /** Growth in % as published for the metric's flow (total, exports or imports); null if none. */
  yoyPct: number | null;
  /** The chosen cell of the ranked value, for its source, confirming sources, flag and note. */
  cell: Cell;
  /** A rank the sources state for this level's national scope, or null. */
  publishedRank: PublishedRank | null;
}

const VALUE_MEASURE: Record<RankMetric, Measure> = {
  total: 'total',
  exports: 'exports',
  imports: 'imports',
  yoy: 'total_yoy',
};

const GROWTH_MEASURE: Record<RankMetric, Measure> = {
  total: 'total_yoy',
  exports: 'exports_yoy',
  imports: 'imports_yoy',
  yoy: 'total_yoy',
};

/** Which published-rank scope compares like with like for a ranking at this level. */
export function publishedRankScope(level: Level): RankScope | null {
  if (level === 'city' || level === 'county_city') return 'national_city';
  if (level === 'province') return 'national_province';
  return null;
}

/** A published rank as a cell, so its source reference reads like any figure's. */
export function publishedRankCell(p: PublishedRank): Cell {
  return {
    value: p.rank,
    sourceId: p.sourceId,
    flag: p.flag,
    precision: null,
    note: p.note,
    confirmedBy: [],
    alternates: p.alternates,
  };
}

/**
 * Flags whose value measures something else (port trade) or was withheld: such a cell must never
 * be ranked, even if a user layer or a future precedence change lets one through.
 */
export function isRankable(cell: Cell | undefined): cell is Cell {
  return !!cell && cell.flag !== 'not_comparable' && cell.flag !== 'unit_slip';
}

function levelMatches(entity: Entity, options: RankOptions): boolean {
  if (entity.level === options.level) return true;
  return (
    options.level === 'city' && !!options.includeCountyCities && entity.level === 'county_city'
  );
}

/**
 * Rank the entities of one level by one metric for one year, using `full_year` records only
 * (partial periods are never ranked against full years). Entities without a rankable value are
 * left out, so the result length is the number of entities ranked. Records whose code is not in
 * the reference tables are skipped: their level is unknown.
 *
 * Sorted by value descending, then by code so equal values come out in a stable order.
 */
export function rankEntities(
  dataset: Dataset,
  reference: ReferenceTables,
  options: RankOptions,
): RankRow[] {
  const byCode = entityIndex(reference);
  const scope = publishedRankScope(options.level);
  const unranked: Omit<RankRow, 'rank'>[] = [];
  const seen = new Set<string>();

  for (const record of dataset.figures) {
    if (record.year !== options.year || record.period !== 'full_year') continue;
    const entity = byCode.get(record.code);
    if (!entity || !levelMatches(entity, options)) continue;
    const measure = VALUE_MEASURE[options.metric];
    const usd =
      options.currency === 'USD' && options.metric !== 'yoy'
        ? usdFigure(record, measure as MoneyMeasure, dataset.rates)
        : null;
    if (options.currency === 'USD' && options.metric !== 'yoy' && !usd) continue;
    const cell = usd ? usd.cell : record.cells[measure];
    if (!isRankable(cell) || !Number.isFinite(cell.value)) continue;
    // One record per entity-year is the dataset's invariant; a duplicate would double-rank.
    if (seen.has(entity.code)) continue;
    seen.add(entity.code);

    // Dollar growth is not yuan growth: in the USD view only growth printed in USD is shown.
    const growth = (usd ? record.usd : record.cells)?.[GROWTH_MEASURE[options.metric]];
    unranked.push({
      code: entity.code,
      nameZh: entity.nameZh,
      shortZh: entity.shortZh,
      nameEn: entity.nameEn,
      level: entity.level,
      value: usd ? usd.value : cell.value,
      usd: usd ? { how: usd.how, rate: usd.rate } : null,
      yoyPct: isRankable(growth) ? growth.value : null,
      cell,
      publishedRank: (scope && record.ranks.find((r) => r.scope === scope)) || null,
    });
  }

  unranked.sort((a, b) => b.value - a.value || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return assignCompetitionRanks(unranked);
}

/** Standard competition ranking ("1224"): an entity's rank is 1 + the number of larger values. */
function assignCompetitionRanks(sorted: Omit<RankRow, 'rank'>[]): RankRow[] {
  const rows: RankRow[] = [];
  sorted.forEach((row, i) => {
    const previous = rows[i - 1];
    const rank = previous && previous.value === row.value ? previous.rank : i + 1;
    rows.push({ rank, ...row });
  });
  return rows;
}
