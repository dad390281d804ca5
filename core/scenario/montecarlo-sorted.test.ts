import { describe, expect, it } from 'vitest';
import { createRunSorter, kthOfRuns, type SortedRun } from './montecarlo-sorted';
import { mulberry32 } from './prng';

const bitsToFloat = (bits: number): number => new Float32Array(Uint32Array.of(bits).buffer)[0]!;

describe('sorting draws per entity, and order statistics over sorted parts', () => {
  const rand = mulberry32(17);
  // Negative and positive values, ties, NaN (no point), and a narrow band as real draws have.
  const sample = (count: number) =>
    Float32Array.from({ length: count }, (_, i) => {
      const u = rand();
      if (i % 13 === 0) return Number.NaN;
      if (i % 7 === 0) return 42;
      return i % 3 === 0 ? -1000 * u : 28_000 + 500 * u;
    });

  it('sorts a run ascending with every NaN after the values, and counts the values', () => {
    const values = sample(3000);
    const bits = new Uint32Array(values.buffer);
    // Sort only the middle run, leaving its neighbours as they were.
    const before = values.slice();
    const m = createRunSorter().sort(bits, 1000, 1000);
    const run = [...values.subarray(1000, 2000)];
    const mid = [...before.subarray(1000, 2000)];
    expect(m).toBe(mid.filter((v) => !Number.isNaN(v)).length);
    expect(run.slice(0, m)).toEqual(mid.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b));
    expect(run.slice(m).every((v) => Number.isNaN(v))).toBe(true);
    expect([...values.subarray(0, 1000)]).toEqual([...before.subarray(0, 1000)]);
  });

  it('finds the k-th smallest over several sorted runs as over all values at once', () => {
    const sorter = createRunSorter();
    const parts = [sample(700), sample(1), sample(450)];
    const runs: SortedRun[] = parts.map((values) => {
      const bits = new Uint32Array(values.buffer);
      return { bits, from: 0, count: sorter.sort(bits, 0, values.length) };
    });
    const all = parts
      .flatMap((values) => [...values])
      .filter((v) => !Number.isNaN(v))
      .sort((a, b) => a - b);
    const live = runs.filter((r) => r.count > 0);
    for (const k of [0, 1, 57, Math.floor(all.length / 2), all.length - 2, all.length - 1]) {
      expect(bitsToFloat(kthOfRuns(live, k))).toBe(all[k]);
    }
  });
});
