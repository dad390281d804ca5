import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { competitionRanks } from './ranking';
import { selectKth, sortRange } from './typed-sort';

const arrays = fc.array(
  fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 1, 2)),
  {
    maxLength: 300,
  },
);

describe('typed sort and select', () => {
  it('sorts like a comparator sort, duplicates included', () => {
    fc.assert(
      fc.property(arrays, (xs) => {
        const a = Float64Array.from(xs);
        sortRange(a, 0, a.length);
        expect([...a].map((x) => x + 0)).toEqual([...xs].sort((x, y) => x - y).map((x) => x + 0));
      }),
    );
  });

  it('selects the k-th smallest', () => {
    fc.assert(
      fc.property(
        arrays.filter((xs) => xs.length > 0),
        fc.nat(),
        (xs, seed) => {
          const k = seed % xs.length;
          const a = Float64Array.from(xs);
          expect(selectKth(a, 0, a.length, k) + 0).toBe([...xs].sort((x, y) => x - y)[k]! + 0);
        },
      ),
    );
  });

  it('ranks largest first with shared ranks', () => {
    expect(competitionRanks([5, 9, 5, Number.NaN, 1])).toEqual([2, 1, 2, 0, 4]);
  });
});
