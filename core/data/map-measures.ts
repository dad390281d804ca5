/**
 * What the map colours: one value per entity of a level and year for a metric of the ranking
 * board, plus the change measures a map is good at showing (change in value, Δrank, growth
 * against the national rate). Values come from the board's pure metrics; nothing is filled in,
 * so an entity without a value stays a gap with its reason.
 */
import type { Adcode, Cell, Entity } from '../model';
import { METRIC_UNIT, metricValue, type BoardMetric, type MetricGap } from './board-metrics';
import { competitionRanks } from './derived';
import { rankingBoard } from './ranking-board';
import { isSeriesBreak } from './series';
import { codesWithRecord, figureAt, nationalAt, type FullYearIndex } from './year-index';

export type MapMetric =
  | BoardMetric
  /** Published growth read against the published national growth of the year. */
  | 'yoyVsNational'
  /** Total trade now − total trade in the base year, in 亿元. */
  | 'change'
  /** Places gained in the total-trade ranking since the base year (like for like). */
  | 'rankChange';

export const MAP_METRICS: readonly MapMetric[] = [
  'total',
  'exports',
  'imports',
  'balance',
  'exportShare',
  'share',
  'yoy',
  'yoyVsNational',
  'change',
  'rankChange',
  'contribution',
  'cagr',
];

/** Money in 亿元, % , percentage points, or rank places. */
export type MapUnit = 'money' | 'pct' | 'pp' | 'places';
export const MAP_METRIC_UNIT: Record<MapMetric, MapUnit> = {
  ...METRIC_UNIT,
  yoyVsNational: 'pct',
  change: 'money',
  rankChange: 'places',
};

/**
 * Levels read on a sequential scale; everything with a sign (a change, a balance) reads on a
 * diverging one, centred on zero or, for growth against the nation, on the national rate.
 */
export function isDivergingMetric(metric: MapMetric): boolean {
  return !['total', 'exports', 'imports', 'share', 'exportShare'].includes(metric);
}

/** Metrics that compare two years (need a base year before the year shown). */
export function needsBaseYear(metric: MapMetric): boolean {
  return metric === 'change' || metric === 'rankChange' || metric === 'contribution';
}

/**
 * The base year a map compares `year` with, `gap` years before it: that year when it has data,
 * else the year with data before `year` nearest to it (the later of two as near), so a year close
 * to the start of the data (or after a gap in it) compares with a year that has figures rather
 * than showing every place as a gap. `year - gap` when no earlier year has data.
 */
export function mapBaseYear(years: readonly number[], year: number, gap: number): number {
  const wanted = year - gap;
  const earlier = years.filter((y) => y < year);
  if (!earlier.length || earlier.includes(wanted)) return wanted;
  const distance = (y: number) => Math.abs(y - wanted);
  return earlier.reduce((best, y) =>
    distance(y) < distance(best) || (distance(y) === distance(best) && y > best) ? y : best,
  );
}

export interface MapEntry {
  code: Adcode;
  entity: Entity;
  value: number | null;
  gap: MetricGap | null;
  /** Published cells behind the value, the entity's own first (for the source in tooltips). */
  cells: Cell[];
  /** Competition rank among `rankedCount` entities with a value; null for gaps and county units. */
  rank: number | null;
  /** Published growth of total trade, shown beside every metric. */
  yoy: Cell | null;
  /** County-level units (济源) are coloured when they have data but never ranked with prefectures. */
  ranked: boolean;
  /** The value is a change computed across two series (core/data/series.ts). */
  seriesBreak?: boolean;
}

export interface MapSeriesOptions {
  year: number;
  level: 'city' | 'province';
  metric: MapMetric;
  baseYear: number;
  spanStart: number;
}

export interface MapSeries {
  options: MapSeriesOptions;
  /** In rank order (gaps last, then by code): the order of the accessible table. */
  entries: MapEntry[];
  rankedCount: number;
  /** Centre of a diverging scale: the national growth for `yoyVsNational`, else 0. */
  centre: number;
  /** The national total and growth of the year, or null where not published. */
  national: { total: Cell | null; yoy: Cell | null };
}

interface Resolved {
  value: number | null;
  gap: MetricGap | null;
  cells: Cell[];
  seriesBreak?: boolean;
}

function resolve(
  index: FullYearIndex,
  code: Adcode,
  options: MapSeriesOptions,
  rankChanges: Map<Adcode, Resolved>,
  nationalYoy: Cell | null,
): Resolved {
  const { year, baseYear, metric } = options;
  switch (metric) {
    case 'change': {
      const now = figureAt(index, code, year, 'total');
      if (!now) return { value: null, gap: 'no_figure', cells: [] };
      const base = figureAt(index, code, baseYear, 'total');
      if (!base) return { value: null, gap: 'no_base_figure', cells: [now] };
      return {
        value: valueChange(now.value, base.value),
        gap: null,
        cells: [now, base],
        seriesBreak: isSeriesBreak(index, now, base),
      };
    }
    case 'rankChange':
      return rankChanges.get(code) ?? { value: null, gap: 'no_figure', cells: [] };
    case 'yoyVsNational': {
      const own = metricValue(index, code, year, 'yoy', options);
      if (own.value == null || nationalYoy) return own;
      return { value: null, gap: 'no_national', cells: own.cells };
    }
    default:
      return metricValue(index, code, year, metric, options);
  }
}

/** Now − base, rounded to 0.01 so float noise never shows as a change. */
export function valueChange(now: number | null, base: number | null): number | null {
  if (now == null || base == null) return null;
  return Math.round((now - base) * 100) / 100;
}

/** Δrank in places from the board's like-for-like rank change of total trade. */
function rankChangesOf(index: FullYearIndex, options: MapSeriesOptions): Map<Adcode, Resolved> {
  const board = rankingBoard(index, { ...options, metric: 'total' });
  const out = new Map<Adcode, Resolved>();
  for (const row of board.rows) {
    const c = row.change;
    out.set(
      row.code,
      c.kind === 'moved'
        ? { value: c.places, gap: null, cells: row.cells, seriesBreak: c.seriesBreak }
        : { value: null, gap: c.kind === 'new' ? 'no_base_figure' : 'no_figure', cells: row.cells },
    );
  }
  return out;
}

/**
 * The map's values for one year: every entity of the level with a full-year record (a record
 * without the metric's value is a gap), plus, at city level, county-level units with a record,
 * coloured but unranked. Ranks are computed among the ranked entities that have a value.
 */
export function mapSeries(index: FullYearIndex, options: MapSeriesOptions): MapSeries {
  const { year, level, metric } = options;
  const nationalYoy = nationalAt(index, year, 'total_yoy');
  const rankChanges = metric === 'rankChange' ? rankChangesOf(index, options) : new Map();
  const build = (code: Adcode, ranked: boolean) => ({
    code,
    entity: index.entities.get(code)!,
    ranked,
    yoy: figureAt(index, code, year, 'total_yoy'),
    ...resolve(index, code, options, rankChanges, nationalYoy),
  });
  const main = codesWithRecord(index, level, year).map((c) => build(c, true));
  // Δrank is a ranking measure: county-level units have no rank to change.
  const county =
    level === 'city' && metric !== 'rankChange'
      ? codesWithRecord(index, 'county_city', year).map((c) => build(c, false))
      : [];
  const ranks = competitionRanks(main.map((e) => ({ key: e.code, value: e.value })));
  const entries: MapEntry[] = [...main, ...county].map((e) => ({
    ...e,
    rank: ranks.get(e.code) ?? null,
  }));
  entries.sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      (b.value ?? -Infinity) - (a.value ?? -Infinity) ||
      (a.code < b.code ? -1 : 1),
  );
  return {
    options,
    entries,
    rankedCount: ranks.size,
    centre: metric === 'yoyVsNational' ? (nationalYoy?.value ?? 0) : 0,
    national: { total: nationalAt(index, year, 'total'), yoy: nationalYoy },
  };
}

/** The series as the map component takes it: code → value (null for a gap). */
export function seriesValues(series: MapSeries): Map<string, number | null> {
  return new Map(series.entries.map((e) => [e.code as string, e.value]));
}

/**
 * The difference map of a two-year compare: `later − earlier` where both years have a value (in
 * the metric's unit; percentages become percentage points). An entity with a value in only one
 * year is a gap: its change is unknown, not the whole value.
 */
export function differenceValues(earlier: MapSeries, later: MapSeries): Map<string, number | null> {
  const before = seriesValues(earlier);
  const out = new Map<string, number | null>();
  const codes = new Set([...before.keys(), ...later.entries.map((e) => e.code as string)]);
  const after = seriesValues(later);
  for (const code of codes)
    out.set(code, valueChange(after.get(code) ?? null, before.get(code) ?? null));
  return out;
}

/** The unit of a difference: a change of a percentage is in percentage points. */
export function differenceUnit(metric: MapMetric): MapUnit {
  const unit = MAP_METRIC_UNIT[metric];
  return unit === 'pct' ? 'pp' : unit;
}
