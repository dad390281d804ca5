/**
 * Single-entity evaluation for sensitivity, which calls it many times and needs one number, not a
 * full re-ranking. Same arithmetic as `recompute` (both go through `measureFrom`).
 */
import {
  entityFactors,
  FACTOR_COUNT,
  measureFrom,
  R,
  STATUS,
  type PreparedScenario,
} from './engine';
import { SLOT_COUNT, type CompiledShocks } from './slots';

const factors = new Float64Array(FACTOR_COUNT);
const out = new Float64Array(4);

export type ResultMeasure = 'total' | 'exports' | 'imports';
const MEASURE_INDEX: Readonly<Record<ResultMeasure, number>> = { total: 0, exports: 1, imports: 2 };

export interface EntityValue {
  /** The point result; NaN when there is none. */
  value: number;
  low: number;
  high: number;
  /** A STATUS code. */
  status: number;
}

/** One entity's result for one measure. */
export function evaluateEntity(
  p: PreparedScenario,
  c: CompiledShocks,
  i: number,
  measure: ResultMeasure,
): EntityValue {
  entityFactors(p, c, i, factors);
  measureFrom(p, i, factors, MEASURE_INDEX[measure], out);
  return {
    value: out[R.value] as number,
    low: out[R.low] as number,
    high: out[R.high] as number,
    status: out[R.status] as number,
  };
}

/** The point result only (NaN if none). */
export function evaluateValue(
  p: PreparedScenario,
  c: CompiledShocks,
  i: number,
  measure: ResultMeasure,
): number {
  entityFactors(p, c, i, factors);
  return measureFrom(p, i, factors, MEASURE_INDEX[measure], out)[R.value] as number;
}

/** A stand-in quantity of one entity that sensitivity can move: a slot's share or the split. */
export type StandIn = { kind: 'share'; slot: number } | { kind: 'split' };

/**
 * The entity's point result with one stand-in moved to `value` (a fraction), everything else
 * as prepared. The layout is changed for the call and restored before returning.
 */
export function evaluateWith(
  p: PreparedScenario,
  c: CompiledShocks,
  i: number,
  measure: ResultMeasure,
  what: StandIn,
  value: number,
): number {
  const arrays =
    what.kind === 'share'
      ? [p.shares, p.shareLow, p.shareHigh].map((a) => [a, i * SLOT_COUNT + what.slot] as const)
      : [p.split, p.splitLow, p.splitHigh].map((a) => [a, i] as const);
  const saved = arrays.map(([a, at]) => a[at] as number);
  try {
    for (const [a, at] of arrays) a[at] = value;
    return evaluateValue(p, c, i, measure);
  } finally {
    arrays.forEach(([a, at], k) => (a[at] = saved[k] as number));
  }
}

export { STATUS };
