/**
 * How uncertain a stand-in share is. A share that is not the entity's own for the base year (its
 * own share from an earlier year, its province's, the nation's) is used at its value, but the
 * result is widened by moving that share between `low ×` and `high ×` its value: the range rule.
 * The defaults are modelling choices, not findings (nothing published says how far a city's
 * share strays from its province's); the user edits them, and scenario files save them.
 */

/** The steps of the proxy chain that stand in for an entity's own base-year share. */
export type ProxyStep = 'own_earlier' | 'province' | 'national';
export const PROXY_STEPS: readonly ProxyStep[] = ['own_earlier', 'province', 'national'];

export interface ProxyFactor {
  /** Multiplier of the share at the low end (≤ 1). */
  low: number;
  /** Multiplier at the high end (≥ 1). */
  high: number;
}

export type ProxyRangeRule = Record<ProxyStep, ProxyFactor>;

/**
 * Own shares of an earlier year ×0.8–×1.2 (a city's structure drifts slowly); province and
 * national shares ×0.5–×1.5 (another entity's structure can be half or one and a half times as
 * exposed).
 */
export const DEFAULT_PROXY_RANGE: Readonly<ProxyRangeRule> = {
  own_earlier: { low: 0.8, high: 1.2 },
  province: { low: 0.5, high: 1.5 },
  national: { low: 0.5, high: 1.5 },
};

/** Bounds of the factors a user may set. */
export const PROXY_LOW_MIN = 0;
export const PROXY_HIGH_MAX = 5;

export function copyProxyRange(
  rule: Readonly<ProxyRangeRule> = DEFAULT_PROXY_RANGE,
): ProxyRangeRule {
  return {
    own_earlier: { ...rule.own_earlier },
    province: { ...rule.province },
    national: { ...rule.national },
  };
}

/** Null when the factor is usable, else why not (in English; the UI shows its own words). */
export function checkProxyFactor(f: ProxyFactor): string | null {
  if (!Number.isFinite(f.low) || !Number.isFinite(f.high)) return 'the factors must be numbers';
  if (f.low < PROXY_LOW_MIN || f.low > 1) return `the low factor ${f.low} is outside 0…1`;
  if (f.high < 1 || f.high > PROXY_HIGH_MAX) {
    return `the high factor ${f.high} is outside 1…${PROXY_HIGH_MAX}`;
  }
  return null;
}

/**
 * The range of a share (in %, or any quantity capped at `cap`) under the rule: value × low to
 * value × high, kept within 0…cap. A step outside the rule (own base-year, user) has no range.
 */
export function proxyRange(
  value: number,
  step: string,
  rule: Readonly<ProxyRangeRule>,
  cap = 100,
): [number, number] {
  const f = (rule as Record<string, ProxyFactor | undefined>)[step];
  if (!f || !Object.hasOwn(rule, step)) return [value, value];
  return [Math.max(0, Math.min(cap, value * f.low)), Math.max(0, Math.min(cap, value * f.high))];
}
