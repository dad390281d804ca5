/**
 * The ranking board: one row per entity of a level that has a full-year record in the year, with
 * its metric value, its computed rank among the entities that have that value, the rank a source
 * publishes (if any), its rank change against a base year, published growth, share of the
 * national total and a short value history for a sparkline.
 */
import type { Adcode, Cell, Entity, GapNote, PublishedRank } from '../model';
import {
  flowOf,
  metricValue,
  rankChangeMetric,
  YOY_OF,
  type BoardMetric,
  type MetricContext,
  type MetricGap,
} from './board-metrics';
import { competitionRanks, sharePct, type RankChange } from './derived';
import { publishedRankScope } from './rank';
import { isSeriesBreak } from './series';
import { codesWithRecord, figureAt, nationalAt, recordAt, type FullYearIndex } from './year-index';

export interface BoardOptions extends MetricContext {
  year: number;
  level: 'city' | 'province';
  metric: BoardMetric;
}

export interface BoardRow {
  code: Adcode;
  entity: Entity;
  province: Entity | null;
  /** The metric's value (亿元, % or pp, see METRIC_UNIT); null is a gap, explained by `gap`. */
  value: number | null;
  gap: MetricGap | null;
  /** Published cells behind the value, the entity's own first (for SourceRef). */
  cells: Cell[];
  /** The value is a change computed across two series (CAGR, contribution; core/data/series.ts). */
  seriesBreak: boolean;
  /** Competition rank among the `rankedCount` entities with a value; null for a gap. */
  rank: number | null;
  /**
   * Rank change against the base year, computed like for like: both ranks are taken among the
   * entities that have a value in *both* years, so an entity does not "fall" just because
   * another entity's figure exists only in the later year.
   */
  change: RankChange;
  /** Total trade (亿元) in the year, for size filters; null when not published. */
  total: number | null;
  /** Published growth of the metric's flow in %, never recomputed. */
  yoy: Cell | null;
  /** Share of the national figure of the metric's flow in %, where both exist. */
  sharePct: number | null;
  /** A rank a source states at the level's national scope, with its source. */
  publishedRank: PublishedRank | null;
  /** Value of the metric's flow per year of `Board.sparkYears` (null for gaps, never filled). */
  spark: (number | null)[];
  /** Notes of the sources that document a figure without a usable value. */
  gaps: GapNote[];
}

export interface Board {
  options: BoardOptions;
  rows: BoardRow[];
  /** Entities with a value of the metric in the year: the population of the computed ranks. */
  rankedCount: number;
  /** Entities with a value of the Δrank metric in both years: the population of Δrank. */
  comparedCount: number;
  /** The national figure of the metric's flow in the year, or null. */
  national: Cell | null;
  sparkYears: number[];
}

function ranksOf(
  index: FullYearIndex,
  codes: Adcode[],
  year: number,
  metric: BoardMetric,
  ctx: MetricContext,
) {
  return competitionRanks(
    codes.map((code) => ({ key: code, value: metricValue(index, code, year, metric, ctx).value })),
  );
}

/** Ranks now and in the base year among entities with a value in both years. */
function likeForLikeChanges(index: FullYearIndex, codes: Adcode[], options: BoardOptions) {
  const metric = rankChangeMetric(options.metric);
  const pairs = codes.map((code) => {
    const now = metricValue(index, code, options.year, metric, options);
    const base = metricValue(index, code, options.baseYear, metric, options);
    const seriesBreak = isSeriesBreak(index, now.cells[0], base.cells[0]);
    return { code, now: now.value, base: base.value, seriesBreak };
  });
  const both = pairs.filter((p) => p.now != null && p.base != null);
  const nowRanks = competitionRanks(both.map((p) => ({ key: p.code, value: p.now })));
  const baseRanks = competitionRanks(both.map((p) => ({ key: p.code, value: p.base })));
  const changes = new Map<Adcode, RankChange>();
  for (const p of pairs) {
    const baseRank = baseRanks.get(p.code)!;
    const rank = nowRanks.get(p.code)!;
    const change: RankChange =
      p.now == null
        ? { kind: 'none' }
        : p.base == null
          ? { kind: 'new' }
          : { kind: 'moved', places: baseRank - rank, baseRank, rank, seriesBreak: p.seriesBreak };
    changes.set(p.code, change);
  }
  return { changes, comparedCount: both.length };
}

/**
 * Builds the board for a year, level and metric. Rows come in the order of the computed rank
 * (gaps last, then by code), which is also the default sort of the table.
 */
export function rankingBoard(index: FullYearIndex, options: BoardOptions): Board {
  const { year, level, metric } = options;
  const codes = codesWithRecord(index, level, year);
  const ranks = ranksOf(index, codes, year, metric, options);
  const { changes, comparedCount } = likeForLikeChanges(index, codes, options);
  const flow = flowOf(metric);
  const national = nationalAt(index, year, flow);
  const scope = publishedRankScope(level);
  const sparkYears = index.years.filter((y) => y <= year);

  const rows: BoardRow[] = codes.map((code) => {
    const entity = index.entities.get(code)!;
    const record = recordAt(index, code, year)!;
    const mv = metricValue(index, code, year, metric, options);
    const flowCell = figureAt(index, code, year, flow);
    return {
      code,
      entity,
      province: entity.provinceCode ? (index.entities.get(entity.provinceCode) ?? null) : null,
      value: mv.value,
      gap: mv.gap,
      cells: mv.cells,
      seriesBreak: !!mv.seriesBreak,
      rank: ranks.get(code) ?? null,
      change: changes.get(code)!,
      total: figureAt(index, code, year, 'total')?.value ?? null,
      yoy: figureAt(index, code, year, YOY_OF[flow]),
      sharePct: sharePct(flowCell?.value ?? null, national?.value ?? null),
      publishedRank: (scope && record.ranks.find((r) => r.scope === scope)) || null,
      spark: sparkYears.map((y) => figureAt(index, code, y, flow)?.value ?? null),
      gaps: record.gaps,
    };
  });
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.code < b.code ? -1 : 1));
  return { options, rows, rankedCount: ranks.size, comparedCount, national, sparkYears };
}
