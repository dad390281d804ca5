/**
 * Coverage: how many entities of a level have a published full-year total in a year. The app must
 * show it next to every ranking and map ("20 cities with 2025 data"), so that partial data is never
 * read as a complete ranking.
 */
import { NATIONAL_CODE } from '../model';
import type { Adcode, Cell, Dataset, Level, ReferenceTables } from '../model';

/** Province-level units that are on the map but never in the mainland trade statistics. */
export const OUTSIDE_MAINLAND_STATISTICS: ReadonlySet<string> = new Set([
  '710000',
  '810000',
  '820000',
]);

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
  /** Sum of their chosen totals in 亿元 (published figures only, rounded to 0.01 to drop float noise). */
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
  const codesOfLevel = new Set(
    reference.entities
      .filter((e) => e.level === level && !OUTSIDE_MAINLAND_STATISTICS.has(e.code))
      .map((e) => e.code),
  );
  const totals = new Map<Adcode, number>();
  for (const record of dataset.figures) {
    if (record.year !== year || record.period !== 'full_year') continue;
    const total = record.cells.total;
    if (total && codesOfLevel.has(record.code)) totals.set(record.code, total.value);
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

  return {
    level,
    year,
    entitiesWithData: codes.length,
    entitiesTotal: codesOfLevel.size,
    codes,
    sumOfTotals,
    nationalTotal,
    shareOfNational,
  };
}
