/**
 * Coverage: how many entities of a level have a full-year total in a year, which are missing, and
 * what share of national trade they add up to. The app shows it next to every ranking and map
 * ("293 of 297 prefecture-level cities, 98.7% of national trade"), so partial data is never read as
 * a complete ranking, and a ranking is called complete only when no entity of its level is missing.
 */
import { NATIONAL_CODE } from '../model';
import type { Adcode, Cell, Dataset, Entity, Level, ReferenceTables } from '../model';

/** Province-level units that are on the map but never in the mainland trade statistics. */
export const OUTSIDE_MAINLAND_STATISTICS: ReadonlySet<string> = new Set([
  '710000',
  '810000',
  '820000',
]);

/**
 * The kinds of prefecture-level units, told apart by their official name: cities (地级市, with the
 * four municipalities) and the autonomous prefectures, prefectures and leagues (自治州/地区/盟),
 * which the City Statistical Yearbook mostly leaves out.
 */
export type PrefectureKind = 'city' | 'prefecture';

export function prefectureKind(entity: Entity): PrefectureKind {
  return entity.nameZh.endsWith('市') ? 'city' : 'prefecture';
}

/** Coverage of one kind of prefecture-level unit. */
export interface KindCoverage {
  kind: PrefectureKind;
  withData: number;
  total: number;
}

export interface Coverage {
  level: Level;
  year: number;
  /** Entities of `level` with a `full_year` total cell in `year`. */
  entitiesWithData: number;
  /**
   * Entities of `level` in the reference tables (the denominator shown to users), not counting
   * Hong Kong, Macau and Taiwan, which are outside the mainland customs statistics: "11 of 31
   * provinces", as in the curated README.
   */
  entitiesTotal: number;
  /** Codes of the entities with data, sorted. */
  codes: Adcode[];
  /** Codes of the entities of the level (within the denominator) without a total, sorted. */
  missing: Adcode[];
  /** True when every entity of the level has a total: only then is a ranking complete. */
  complete: boolean;
  /** At city level, the split into cities and other prefecture-level units; else empty. */
  byKind: KindCoverage[];
  /** How many of those totals are derived: exports + imports of one row, or converted from USD. */
  derived: { sum: number; usd: number };
  /** Sum of their chosen totals in 亿元 (rounded to 0.01 to drop float noise). */
  sumOfTotals: number;
  /** The national full-year total cell for `year`, or null when none was published. */
  nationalTotal: Cell | null;
  /**
   * `sumOfTotals` as a fraction (0–1) of the national total; null when there is no national total
   * or when `level` is national.
   */
  shareOfNational: number | null;
}

/**
 * Computes the coverage of `level` in `year`.
 *
 * An entity counts when it has a `full_year` `total` cell. Precedence never lets a `unit_slip`
 * (withheld) or `not_comparable` (port trade) row win a cell, so those rows are excluded without a
 * rule of their own; partial-period records are ignored.
 *
 * The share sums one level only, so nothing is counted twice: county-level cities (义乌 inside 金华)
 * are never added to the city sum, and municipalities are counted once at each level they appear
 * (as provinces at province level, as cities at city level), never both. Entities whose code is not
 * in the reference tables (or is outside the mainland statistics) are ignored.
 */
export function coverage(
  dataset: Dataset,
  reference: ReferenceTables,
  year: number,
  level: Level,
): Coverage {
  const entitiesOfLevel = reference.entities.filter(
    (e) => e.level === level && !OUTSIDE_MAINLAND_STATISTICS.has(e.code),
  );
  const codesOfLevel = new Set(entitiesOfLevel.map((e) => e.code));
  const totals = new Map<Adcode, number>();
  const derived = { sum: 0, usd: 0 };
  for (const record of dataset.figures) {
    if (record.year !== year || record.period !== 'full_year') continue;
    const total = record.cells.total;
    if (!total || !codesOfLevel.has(record.code) || totals.has(record.code)) continue;
    totals.set(record.code, total.value);
    if (total.derivation) derived[total.derivation.kind] += 1;
  }
  const codes = [...totals.keys()].sort();
  const sum = codes.reduce((acc, code) => acc + totals.get(code)!, 0);
  const sumOfTotals = Math.round(sum * 100) / 100;

  const nationalTotal =
    dataset.figures.find(
      (r) => r.code === NATIONAL_CODE && r.year === year && r.period === 'full_year',
    )?.cells.total ?? null;
  const shareOfNational =
    level === 'national' || !nationalTotal || nationalTotal.value <= 0
      ? null
      : sumOfTotals / nationalTotal.value;

  const missing = entitiesOfLevel
    .filter((e) => !totals.has(e.code))
    .map((e) => e.code)
    .sort();
  const byKind: KindCoverage[] =
    level === 'city'
      ? (['city', 'prefecture'] as const).map((kind) => {
          const ofKind = entitiesOfLevel.filter((e) => prefectureKind(e) === kind);
          return {
            kind,
            withData: ofKind.filter((e) => totals.has(e.code)).length,
            total: ofKind.length,
          };
        })
      : [];
  return {
    level,
    year,
    entitiesWithData: codes.length,
    entitiesTotal: codesOfLevel.size,
    codes,
    missing,
    complete: missing.length === 0 && codesOfLevel.size > 0,
    byKind,
    derived,
    sumOfTotals,
    nationalTotal,
    shareOfNational,
  };
}

/**
 * The best-covered of `years` at a level: most entities with a total, the latest on a tie. What a
 * view offers in one click when its own year's coverage is low (2025 cities → 2023, the latest
 * yearbook year). Null when no year has any.
 */
export function bestCoveredYear(
  dataset: Dataset,
  reference: ReferenceTables,
  level: Level,
  years: readonly number[],
): { year: number; coverage: Coverage } | null {
  let best: { year: number; coverage: Coverage } | null = null;
  for (const year of years) {
    const c = coverage(dataset, reference, year, level);
    if (c.entitiesWithData === 0) continue;
    if (!best || c.entitiesWithData >= best.coverage.entitiesWithData) best = { year, coverage: c };
  }
  return best;
}

/** Coverage of the province and city levels in every year either has full-year data, ascending. */
export function coverageSummary(
  dataset: Dataset,
  reference: ReferenceTables,
): { year: number; province: Coverage; city: Coverage }[] {
  const years = [
    ...new Set(dataset.figures.filter((r) => r.period === 'full_year').map((r) => r.year)),
  ].sort((a, b) => a - b);
  return years
    .map((year) => ({
      year,
      province: coverage(dataset, reference, year, 'province'),
      city: coverage(dataset, reference, year, 'city'),
    }))
    .filter((y) => y.province.entitiesWithData + y.city.entitiesWithData > 0);
}
