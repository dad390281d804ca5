import { describe, expect, it } from 'vitest';
import {
  classify,
  computeBreaks,
  customBreaks,
  equalBreaks,
  jenksBreaks,
  parseThresholds,
  quantileBreaks,
  withCentre,
} from './class-breaks';

const classes = (values: number[], b: ReturnType<typeof equalBreaks>) =>
  values.map((v) => classify(v, b));

describe('equal interval', () => {
  it('splits the range into classes of equal width', () => {
    const b = equalBreaks([0, 10, 40, 100], 4);
    expect(b).toEqual({ min: 0, max: 100, inner: [25, 50, 75] });
    expect(classes([0, 24.9, 25, 99, 100], b)).toEqual([0, 0, 1, 3, 3]);
  });

  it('ignores non-finite values and copes with one value or none', () => {
    expect(equalBreaks([5, NaN, Infinity, 5], 3)).toEqual({ min: 5, max: 5, inner: [] });
    expect(equalBreaks([], 3).inner).toEqual([]);
  });
});

describe('quantile', () => {
  it('puts the same number of values in each class', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8];
    const b = quantileBreaks(values, 4);
    // Positions 1.75, 3.5, 5.25 of the sorted list: 2.75, 4.5, 6.25.
    expect(b.inner).toEqual([2.75, 4.5, 6.25]);
    expect(classes(values, b)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('merges thresholds of tied values instead of making empty classes', () => {
    const b = quantileBreaks([1, 1, 1, 1, 1, 9], 4);
    expect(b.inner.length).toBeLessThan(3);
    expect(new Set(b.inner).size).toBe(b.inner.length);
  });
});

describe('natural breaks (Jenks)', () => {
  it('finds the obvious clusters', () => {
    const values = [1, 2, 3, 20, 21, 22, 100, 101];
    const b = jenksBreaks(values, 3);
    expect(b.inner).toEqual([20, 100]);
    expect(classes(values, b)).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
  });

  it('matches a brute-force search for the least within-class variance', () => {
    const values = [45500, 43000, 11000, 10900, 9800, 8200, 7900, 6300, 4100, 3300, 2100, 900];
    const s = [...values].sort((a, b) => a - b);
    const ssd = (xs: number[]) => {
      const m = xs.reduce((a, x) => a + x, 0) / xs.length;
      return xs.reduce((a, x) => a + (x - m) ** 2, 0);
    };
    let best = Infinity;
    let bestInner: number[] = [];
    for (let i = 1; i < s.length - 1; i++) {
      for (let j = i + 1; j < s.length; j++) {
        const cost = ssd(s.slice(0, i)) + ssd(s.slice(i, j)) + ssd(s.slice(j));
        if (cost < best) [best, bestInner] = [cost, [s[i]!, s[j]!]];
      }
    }
    expect(jenksBreaks(values, 3).inner).toEqual(bestInner);
  });

  it('asks for no more classes than there are distinct values', () => {
    expect(jenksBreaks([3, 3, 7], 5).inner).toEqual([7]);
    expect(jenksBreaks([4], 5).inner).toEqual([]);
  });
});

describe('custom breaks', () => {
  it("keeps the reader's thresholds, sorted and distinct, even outside the data", () => {
    const b = customBreaks([10, 20, 30], [5000, 100, 100, 15]);
    expect(b).toEqual({ min: 10, max: 30, inner: [15, 100, 5000] });
    expect(classes([10, 15, 99, 30], b)).toEqual([0, 1, 1, 1]);
  });

  it('parses what a reader types', () => {
    expect(parseThresholds('1,000, 5000; 10')).toEqual({ ok: true, value: [10, 1000, 5000] });
    expect(parseThresholds('−5，0、+5')).toEqual({ ok: true, value: [-5, 0, 5] });
    expect(parseThresholds('100 abc')).toEqual({ ok: false, bad: 'abc' });
    expect(parseThresholds('  ')).toEqual({ ok: true, value: [] });
  });

  it('is one of the methods', () => {
    expect(computeBreaks('custom', [1, 2], 5, [1.5]).inner).toEqual([1.5]);
    expect(computeBreaks('equal', [0, 10], 2).inner).toEqual([5]);
  });
});

describe('diverging centre', () => {
  it('becomes a threshold so no class straddles it', () => {
    const b = withCentre(equalBreaks([-10, 30], 2), 0);
    expect(b.inner).toEqual([0, 10]);
    expect(classify(-0.1, b)).toBe(0);
    expect(classify(0, b)).toBe(1);
  });

  it('is not added where every value lies on one side', () => {
    expect(withCentre(equalBreaks([5, 30], 2), 0).inner).toEqual([17.5]);
    expect(withCentre(equalBreaks([-30, -5], 2), 0).inner).toEqual([-17.5]);
  });

  it('may be the national rate instead of zero', () => {
    expect(withCentre(quantileBreaks([-4, 1, 6, 12], 2), 3.8).inner).toEqual([3.5, 3.8]);
  });
});
