/**
 * Single-entity evaluation for sensitivity and Monte Carlo, which call it thousands of times and
 * need one number, not a full re-ranking.
 */
import { BLOCKS } from './slots';
import { entityFactors, type PreparedScenario } from './engine';
import type { CompiledShocks } from './slots';

const factors = new Float64Array(4);
const blockScratch = new Float64Array(BLOCKS.length);

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
  entityFactors(p, c, i, factors, blockScratch);
  const fx = factors[0] as number;
  const fm = factors[1] as number;
  const link = factors[2] as number;
  const x = p.exports[i] as number;
  const m = p.imports[i] as number;
  const t = p.total[i] as number;
  const x1 = x * fx;
  const m1 = link === 0 ? m * fm : m * fm + x * link;
  let value: number;
  if (measure === 'exports') value = x1;
  else if (measure === 'imports') value = m1;
  else if (p.kind[i] === 0) value = t + (x1 - x) + (m1 - m);
  else if (p.kind[i] === 1) {
    const a = fx + link;
    if (Math.abs(a - fm) > 1e-12) {
      return { value: Number.NaN, low: t * Math.min(a, fm), high: t * Math.max(a, fm) };
    }
    value = t * a;
  } else value = Number.NaN;
  return { value, low: value, high: value };
}
