/**
 * Competition ranking on typed arrays, largest value first: ties share a rank and the next rank
 * skips (1, 2, 2, 4). Written for the engine's hot loop: one sort and a binary search per entity,
 * no allocation.
 */
import { sortRange } from './typed-sort';

/**
 * Writes into `out` the rank of `values[i]` among the entities where both `a[i]` and `b[i]` are
 * numbers (0 for the others) and returns how many were ranked. `scratch` needs length ≥ n.
 */
export function rankInto(
  values: Float64Array,
  a: Float64Array,
  b: Float64Array,
  out: Int32Array,
  scratch: Float64Array,
): number {
  const n = values.length;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v === v && a[i] === a[i] && b[i] === b[i]) scratch[m++] = v;
  }
  sortRange(scratch, 0, m);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    out[i] = v === v && a[i] === a[i] && b[i] === b[i] ? 1 + m - upperBound(scratch, m, v) : 0;
  }
  return m;
}

/** First index whose value is greater than v in the ascending range sorted[0, n). */
export function upperBound(sorted: Float64Array, n: number, v: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Competition ranks of plain numbers (largest first); NaN entries get 0. */
export function competitionRanks(values: readonly number[]): number[] {
  const v = Float64Array.from(values);
  const out = new Int32Array(v.length);
  rankInto(v, v, v, out, new Float64Array(v.length));
  return [...out];
}
