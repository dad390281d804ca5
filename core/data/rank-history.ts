/**
 * Rank history: for a set of entities, their total-trade rank and value in every year. Each
 * year's rank is among the entities with a figure *that year*, and the population changes from
 * year to year, so `rankedCount` travels with the ranks and the chart must label it.
 */
import type { Adcode, Cell, Entity, Level } from '../model';
import { competitionRanks } from './derived';
import { isSeriesBreak } from './series';
import { codesWithRecord, figureAt, yearsOfLevel, type FullYearIndex } from './year-index';

export interface RankHistoryPoint {
  year: number;
  /** Rank among the entities of the level with a total that year; null for a gap. */
  rank: number | null;
  value: number | null;
  cell: Cell | null;
  /** The value comes from another series than the entity's previous point (core/data/series.ts). */
  seriesBreak: boolean;
}

export interface RankHistorySeries {
  code: Adcode;
  entity: Entity;
  points: RankHistoryPoint[];
}

export interface RankHistory {
  years: number[];
  /** Number of entities ranked in each year, aligned with `years`. */
  rankedCount: number[];
  series: RankHistorySeries[];
}

/** Total-trade ranks of every entity of a level, per year. */
export function ranksByYear(index: FullYearIndex, level: Level): Map<number, Map<Adcode, number>> {
  const byYear = new Map<number, Map<Adcode, number>>();
  for (const year of yearsOfLevel(index, level)) {
    const codes = codesWithRecord(index, level, year);
    const values = codes.map((code) => ({
      key: code,
      value: figureAt(index, code, year, 'total')?.value ?? null,
    }));
    byYear.set(year, competitionRanks(values));
  }
  return byYear;
}

/**
 * The history of `codes` (in the given order) over every year in which the level has data.
 * Years where an entity has no figure stay gaps: a rank is never carried over or interpolated.
 */
export function rankHistory(
  index: FullYearIndex,
  level: Level,
  codes: readonly Adcode[],
): RankHistory {
  const ranks = ranksByYear(index, level);
  const years = [...ranks.keys()];
  const series = codes.flatMap((code) => {
    const entity = index.entities.get(code);
    if (!entity) return [];
    let previous: Cell | null = null;
    const points = years.map((year): RankHistoryPoint => {
      const cell = figureAt(index, code, year, 'total');
      const seriesBreak = isSeriesBreak(index, previous, cell);
      if (cell) previous = cell;
      const rank = ranks.get(year)!.get(code) ?? null;
      return { year, rank, value: cell?.value ?? null, cell, seriesBreak };
    });
    return [{ code: entity.code, entity, points }];
  });
  return { years, rankedCount: years.map((y) => ranks.get(y)!.size), series };
}

/** The codes of the top `n` entities by total trade in `year` (ties broken by code). */
export function topCodes(index: FullYearIndex, level: Level, year: number, n: number): Adcode[] {
  const ranks = ranksByYear(index, level).get(year);
  if (!ranks) return [];
  return [...ranks.entries()]
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([code]) => code);
}
