/**
 * Single-entity evaluation for sensitivity and Monte Carlo, which call it thousands of times and
 * need one number, not a full re-ranking.
 */
import { entityFactors, type PreparedScenario } from './engine';
import type { CompiledShocks } from './slots';

const factors = new Float64Array(4);

export type ResultMeasure = 'total' | 'exports' | 'imports';

/**
 * One entity's result for one measure, without touching the others (sensitivity and Monte Carlo
 * call this thousands of times). Same arithmetic as `recompute`; a test keeps the two equal.
 * `value` is NaN when there is no point result; `low`/`high` then give the range.
 */
export function evaluateEntity(
  p: PreparedScenario,
  c: CompiledShocks,
  i: number,
  measure: ResultMeasure,
): { value: number; low: number; high: number } {
  const value = evaluateValue(p, c, i, measure);
  if (value === value || measure !== 'total' || p.kind[i] !== 1)
    return { value, low: value, high: value };
  // A total without both flows: the range over the unknown export share (see engine.ts).
  const t = p.total[i] as number;
  const a = (factors[0] as number) + (factors[2] as number);
  const b = factors[1] as number;
  return { value, low: t * Math.min(a, b), high: t * Math.max(a, b) };
}

/** The point result only (NaN if none): the allocation-free form the Monte Carlo loop uses. */
export function evaluateValue(
  p: PreparedScenario,
  c: CompiledShocks,
  i: number,
  measure: ResultMeasure,
): number {
  entityFactors(p, c, i, factors);
  const fx = factors[0] as number;
  const fm = factors[1] as number;
  const link = factors[2] as number;
  const x = p.exports[i] as number;
  const m = p.imports[i] as number;
  const t = p.total[i] as number;
  const x1 = x * fx;
  const m1 = link === 0 ? m * fm : m * fm + x * link;
  if (measure === 'exports') return x1;
  if (measure === 'imports') return m1;
  if (p.kind[i] === 0) return t + (x1 - x) + (m1 - m);
  if (p.kind[i] === 1) return Math.abs(fx + link - fm) <= 1e-12 ? t * (fx + link) : Number.NaN;
  return Number.NaN;
}
