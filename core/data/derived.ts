/**
 * Measures derived from published figures: balance, share of the national total, contribution
 * to national growth, CAGR, competition ranks and rank change. Every function returns null
 * rather than guess when an input is missing: a derived number is only as real as its inputs.
 */

/** Exports − imports (亿元), only when both were published. */
export function balance(exports: number | null, imports: number | null): number | null {
  if (exports == null || imports == null) return null;
  return exports - imports;
}

/** `part` as a percentage of `whole` (9.9 means 9.9%); null without a positive whole. */
export function sharePct(part: number | null, whole: number | null): number | null {
  if (part == null || whole == null || !(whole > 0)) return null;
  return (part / whole) * 100;
}

/**
 * Contribution to national growth in percentage points:
 * (V_t − V_base) / National_base × 100. Null unless both values and the national base exist.
 * The contributions of all entities sum to the national growth rate, which is why the base is
 * the *national* base-year value and not the entity's own.
 */
export function contributionPp(
  valueNow: number | null,
  valueBase: number | null,
  nationalBase: number | null,
): number | null {
  if (valueNow == null || valueBase == null || nationalBase == null || !(nationalBase > 0)) {
    return null;
  }
  return ((valueNow - valueBase) / nationalBase) * 100;
}

/**
 * Compound annual growth rate in % between year `startYear` (value `start`) and `endYear`
 * (value `end`): ((end / start)^(1 / (endYear − startYear)) − 1) × 100. Null when a value is
 * missing or not positive, or when the span is not at least one year.
 */
export function cagrPct(
  start: number | null,
  end: number | null,
  startYear: number,
  endYear: number,
): number | null {
  const years = endYear - startYear;
  if (start == null || end == null || !(start > 0) || !(end > 0) || years < 1) return null;
  return (Math.pow(end / start, 1 / years) - 1) * 100;
}

/**
 * Standard competition ranks ("1224") of the given values, largest first: an item's rank is 1 +
 * the number of strictly larger values, so ties share a rank. Items with a null value get none.
 */
export function competitionRanks<K>(
  items: readonly { key: K; value: number | null }[],
): Map<K, number> {
  const valued = items.filter((i): i is { key: K; value: number } => i.value != null);
  const sorted = [...valued].sort((a, b) => b.value - a.value);
  const ranks = new Map<K, number>();
  sorted.forEach((item, i) => {
    const previous = sorted[i - 1];
    const rank = previous && previous.value === item.value ? ranks.get(previous.key)! : i + 1;
    ranks.set(item.key, rank);
  });
  return ranks;
}

/** How an entity's rank moved between a base year and the year shown. */
export type RankChange =
  /**
   * Places gained (positive: climbed) or lost (negative: fell); 0 for no change. `seriesBreak`:
   * the entity's two values come from different series (core/data/series.ts).
   */
  | { kind: 'moved'; places: number; baseRank: number; rank: number; seriesBreak?: boolean }
  /** The entity has no figure in the base year: nothing to compare, never inferred. */
  | { kind: 'new' }
  /** The entity has no figure in the year shown. */
  | { kind: 'none' };

/**
 * Rank change from `baseRank` to `rank` (lower is better, so climbing gives positive places).
 * A missing base rank is 'new'; a missing current rank is 'none'.
 */
export function rankChange(baseRank: number | null, rank: number | null): RankChange {
  if (rank == null) return { kind: 'none' };
  if (baseRank == null) return { kind: 'new' };
  return { kind: 'moved', places: baseRank - rank, baseRank, rank };
}
