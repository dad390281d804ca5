import { describe, expect, it } from 'vitest';
import { createResult, recompute } from './engine';
import { toRows } from './result-rows';
import {
  defaultResultDirection,
  LOSS_FIRST,
  midDelta,
  midDeltaPct,
  sortResultRows,
  type ResultSortContext,
} from './result-sort';
import { DEFAULT_ELASTICITIES } from './shocks';
import { compileShocks } from './slots';
import { synthBaseline, synthPrepared, synthProfile } from './synth';

// US −20% on exports. A: exports 1000 (30% to the US) → −60. B: exports 500 (10%) → −10.
// C: total 2000 only, 20% of total trade with the US → range [2000 × (1 − 0.04), 2000] → mid −40.
// D: no share on any step → not computable (never 0). E: exports only, no total → no total.
const baseline = synthBaseline({
  A: { exports: 1000, imports: 0 },
  B: { exports: 500, imports: 100 },
  C: { total: 2000 },
  D: { exports: 50, imports: 50 },
  E: { exports: 10 },
});
const prepared = synthPrepared(baseline, [
  synthProfile('A', [['partner', 'export', { us: 30 }]]),
  synthProfile('B', [['partner', 'export', { us: 10 }]]),
  synthProfile('C', [['partner', 'total', { us: 20 }]]),
]);
const compiled = compileShocks(
  [{ dimension: 'partner', category: 'us', flow: 'exports', pct: -20 }],
  DEFAULT_ELASTICITIES,
);
const rows = toRows(prepared, recompute(prepared, compiled, createResult(prepared)), compiled);
const ctx: ResultSortContext = { nameOf: (r) => r.code, compare: (a, b) => a.localeCompare(b) };
const codes = (sorted: typeof rows) => sorted.map((r) => r.code);

describe('sortResultRows', () => {
  it('orders by loss first, a range by its middle, rows without a result last', () => {
    const c = rows.find((r) => r.code === 'C')!;
    expect(c.total).toMatchObject({ scenario: null, low: 1920, high: 2000 });
    expect(midDelta(c.total)).toBe(-40);
    expect(midDeltaPct(c.total)).toBe(-2);
    expect(codes(sortResultRows(rows, LOSS_FIRST, ctx))).toEqual(['A', 'C', 'B', 'D', 'E']);
  });

  it('reverses numbers but keeps the gaps at the bottom', () => {
    expect(codes(sortResultRows(rows, { key: 'delta', direction: 'descending' }, ctx))).toEqual([
      'B',
      'C',
      'A',
      'D',
      'E',
    ]);
    expect(codes(sortResultRows(rows, { key: 'deltaPct', direction: 'ascending' }, ctx))).toEqual([
      'A',
      'C',
      'B',
      'D',
      'E',
    ]);
  });

  it('sorts by rank (ranges are not ranked), by name, and by Monte Carlo median', () => {
    expect(codes(sortResultRows(rows, { key: 'newRank', direction: 'ascending' }, ctx))).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
    ]);
    expect(codes(sortResultRows(rows, { key: 'name', direction: 'descending' }, ctx))).toEqual([
      'E',
      'D',
      'C',
      'B',
      'A',
    ]);
    const p50: Record<string, number> = { A: 5, B: 7 };
    const withMc = { ...ctx, mcP50: (r: (typeof rows)[number]) => p50[r.code] ?? null };
    expect(codes(sortResultRows(rows, { key: 'mcP50', direction: 'descending' }, withMc))).toEqual([
      'B',
      'A',
      'C',
      'D',
      'E',
    ]);
  });

  it('first clicks: losses and ranks ascending, values descending', () => {
    expect(defaultResultDirection('delta')).toBe('ascending');
    expect(defaultResultDirection('newRank')).toBe('ascending');
    expect(defaultResultDirection('baseline')).toBe('descending');
  });
});
