import { describe, expect, it } from 'vitest';
import { kthValues, quantileScratch } from './montecarlo-quantiles';
import { mulberry32 } from './prng';

/** The k-th smallest by sorting, to check the histogram selection against. */
const sortedKth = (values: Float64Array, ks: number[]) => {
  const sorted = Float64Array.from(values).sort();
  return ks.map((k) => sorted[k]);
};

describe('the k-th smallest draws by histogram', () => {
  const rand = mulberry32(23);
  const cases: Record<string, Float64Array> = {
    // A narrow band, as one entity's draws are.
    narrow: Float64Array.from({ length: 5000 }, () => Math.fround(28_000 + 500 * rand())),
    // Ties, negatives, and an outlier that stretches the range so most values share a bucket.
    lumpy: Float64Array.from({ length: 3001 }, (_, i) =>
      i === 7 ? 1e12 : i % 5 === 0 ? 42 : -1000 * rand(),
    ),
    // Every value equal, and a range too narrow to divide.
    flat: new Float64Array(700).fill(3.5),
    tiny: Float64Array.from({ length: 200 }, (_, i) => (i % 2 ? 5e-324 : 0)),
    short: Float64Array.from({ length: 10 }, () => rand()),
  };
  for (const [name, values] of Object.entries(cases)) {
    it(`equals a sort: ${name}`, () => {
      const m = values.length;
      const ks = [Math.ceil(0.05 * m) - 1, Math.ceil(0.5 * m) - 1, Math.ceil(0.95 * m) - 1, m - 1];
      const pool = Float64Array.from(values);
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of values) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      const three = kthValues(pool, m, lo, hi, ks.slice(0, 3), quantileScratch(m));
      expect(three).toEqual(sortedKth(values, ks.slice(0, 3)));
      // The pool is only reordered: the largest is still found.
      expect(kthValues(pool, m, lo, hi, [0, m - 1], quantileScratch(m))).toEqual([lo, hi]);
    });
  }
});
