/**
 * "Agree within rounding": the test behind step 3 of the precedence rule. A published figure stands
 * for an interval, not a point: 4.55万亿 (stored as 45500亿) means "somewhere in 45450–45550".
 * Two values are one figure when the finer one lies inside the interval of the coarser one.
 */
import type { Precision } from '../model';

/** Guards against binary noise such as 10508.6 − 10500 = 8.600000000000364. */
const EPSILON = 1e-9;

/** Number of digits after the decimal point in the shortest decimal form of `value`. */
function decimalPlaces(value: number): number {
  const text = String(Math.abs(value));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Number of trailing zeros of an integer (0 for 0, which carries no rounding information). */
function trailingZeros(value: number): number {
  let n = Math.abs(Math.round(value));
  let zeros = 0;
  while (n !== 0 && n % 10 === 0) {
    n /= 10;
    zeros += 1;
  }
  return zeros;
}

/**
 * The resolution at which a value was printed, in the value's own unit (亿元 or percentage points).
 *
 * - `exact` (and percentages, passed as `null`): the last printed decimal. 6501.8 → 0.1; 1265 → 1.
 * - `rounded`: the curators only give the value in 亿, so the resolution is inferred from the
 *   trailing zeros of that value: 45500 ("4.55万亿") → 100; 5880 ("588 billion") → 10;
 *   5800 ("580 billion") → 100. A rounded value with decimals falls back to its last decimal.
 *
 * Trailing zeros cannot tell "580 billion" (printed to 10亿) from "0.58万亿" (printed to 100亿), so
 * the inference takes the coarser reading. That errs towards calling two values "one figure", which
 * only ever merges a rounded value into a more precise one that rounds to it; it never invents a
 * value.
 */
export function printedResolution(value: number, precision: Precision | null): number {
  const decimals = decimalPlaces(value);
  if (decimals > 0) return 10 ** -decimals;
  if (precision === 'rounded') return 10 ** trailingZeros(value);
  return 1;
}

/** A value together with the resolution at which it was printed. */
export interface PrintedValue {
  value: number;
  resolution: number;
}

/**
 * True when two printed values are the same figure within rounding: the finer value rounds to the
 * coarser one at the coarser one's resolution (10508.6 and 10500 ± 50 agree; 15700 and 15800, both
 * ± 50, do not). Values printed at the same resolution agree only when equal.
 */
export function agreeWithinRounding(a: PrintedValue, b: PrintedValue): boolean {
  const coarser = a.resolution >= b.resolution ? a : b;
  return Math.abs(a.value - b.value) <= coarser.resolution / 2 + EPSILON;
}
