/**
 * Sorting scenario rows by any column of the results table (and the CLI's order). A total
 * without both flows has a range, not a point: it sorts by the middle of its range, so a city
 * whose loss lies between 0 and −1,140 sits among cities losing around −570, where a reader
 * looks for it. Rows without any result sink to the bottom whatever the direction.
 */
import type { ColumnSort, SortDirection } from '../data';
import type { MeasureRow, ScenarioRow } from './result-rows';

export type ResultSortKey =
  'name' | 'baseline' | 'scenario' | 'delta' | 'deltaPct' | 'rank' | 'newRank' | 'mcP50';
export type ResultSortDirection = SortDirection;
export type ResultSort = ColumnSort<ResultSortKey>;

/** The table's first order: biggest loss first (the question a demand shock asks). */
export const LOSS_FIRST: ResultSort = { key: 'delta', direction: 'ascending' };

/** Direction of a column's first click: ranks and names ascending, values largest first. */
export function defaultResultDirection(key: ResultSortKey): ResultSortDirection {
  return key === 'name' ||
    key === 'rank' ||
    key === 'newRank' ||
    key === 'delta' ||
    key === 'deltaPct'
    ? 'ascending'
    : 'descending';
}

/** The scenario value: the point, or the middle of the range; null when there is neither. */
export function midScenario(m: MeasureRow): number | null {
  if (m.scenario !== null) return m.scenario;
  if (m.low === null || m.high === null) return null;
  return (m.low + m.high) / 2;
}

/** Δ (亿元) of the point or of the middle of the range. */
export function midDelta(m: MeasureRow): number | null {
  if (m.delta !== null) return m.delta;
  const mid = midScenario(m);
  return mid === null || m.baseline === null ? null : mid - m.baseline;
}

/** Δ% of the point or of the middle of the range. */
export function midDeltaPct(m: MeasureRow): number | null {
  if (m.deltaPct !== null) return m.deltaPct;
  const d = midDelta(m);
  return d === null || !m.baseline ? null : (d / m.baseline) * 100;
}

export interface ResultSortContext {
  nameOf: (row: ScenarioRow) => string;
  compare: (a: string, b: string) => number;
  /** Monte Carlo median per code, when a run exists. */
  mcP50?: (row: ScenarioRow) => number | null;
}

function sortValue(row: ScenarioRow, key: ResultSortKey, ctx: ResultSortContext) {
  const m = row.total;
  switch (key) {
    case 'name':
      return ctx.nameOf(row);
    case 'baseline':
      return m.baseline;
    case 'scenario':
      return midScenario(m);
    case 'delta':
      return midDelta(m);
    case 'deltaPct':
      return midDeltaPct(m);
    case 'rank':
      return m.rank;
    case 'newRank':
      return m.newRank;
    case 'mcP50':
      return ctx.mcP50?.(row) ?? null;
  }
}

/**
 * Rows sorted by `sort` (a new array). Ties fall back to the larger baseline, then the code, so
 * equal values never shuffle between renders.
 */
export function sortResultRows(
  rows: readonly ScenarioRow[],
  sort: ResultSort,
  ctx: ResultSortContext,
): ScenarioRow[] {
  const dir = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, v: sortValue(row, sort.key, ctx) }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) {
      if (a.v === null && b.v !== null) return 1;
      if (b.v === null && a.v !== null) return -1;
    } else {
      const d =
        typeof a.v === 'string' || typeof b.v === 'string'
          ? ctx.compare(String(a.v), String(b.v))
          : a.v - b.v;
      if (d !== 0) return d * dir;
    }
    const base = (b.row.total.baseline ?? -1) - (a.row.total.baseline ?? -1);
    if (base !== 0) return base;
    return a.row.code < b.row.code ? -1 : a.row.code > b.row.code ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}
