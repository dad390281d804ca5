/**
 * Sensitivity of one scenario: a tornado (each parameter moved alone), the breakeven shock at
 * which one entity passes another, and runs at the low / default / high ends of the sourced
 * elasticity ranges.
 */
import { err, ok, type Result } from '../model';
import { createResult, recompute, type PreparedScenario, type ScenarioResult } from './engine';
import { evaluateEntity, type ResultMeasure } from './evaluate';
import {
  activeParams,
  getParam,
  paramKey,
  setParam,
  type ParamRef,
  type ScenarioSpec,
} from './params';
import { DEFAULT_ELASTICITIES, ELASTICITY_INFO, SHOCK_MAX_PCT, SHOCK_MIN_PCT } from './shocks';
import { compileShocks, createCompiled } from './slots';

export interface TornadoBar {
  param: string;
  lowValue: number;
  highValue: number;
  /** The entity's result with the parameter at its low / high value (others unchanged). */
  lowResult: number;
  highResult: number;
  /** |highResult − lowResult|: bars are sorted by this, largest first. */
  impact: number;
}

export interface TornadoOptions {
  measure?: ResultMeasure;
  /** Shocks move by ± this many percentage points (default 5). */
  shockStepPct?: number;
  /** Parameters to vary; default: the scenario's shocks and the elasticities they use. */
  params?: ParamRef[];
}

const compiled = createCompiled();

function valueWith(p: PreparedScenario, spec: ScenarioSpec, i: number, m: ResultMeasure): number {
  return evaluateEntity(p, compileShocks(spec.shocks, spec.elasticities, compiled), i, m).value;
}

/**
 * Low and high values of a parameter: shocks ± step (within −100…+1000%), ε_Y and ε_P at the
 * ends of their sourced ranges, κ (no sourced range) ± step % of its value.
 */
export function paramSwing(spec: ScenarioSpec, ref: ParamRef, stepPct: number): [number, number] {
  const current = getParam(spec, ref) ?? 0;
  if (ref.kind === 'shock') {
    return [Math.max(SHOCK_MIN_PCT, current - stepPct), Math.min(SHOCK_MAX_PCT, current + stepPct)];
  }
  const info = ELASTICITY_INFO[ref.name];
  if (info.low !== null && info.high !== null) return [info.low, info.high];
  return [current * (1 - stepPct / 100), current * (1 + stepPct / 100)];
}

/** Tornado for entity `i`; fails if the entity has no point result for the measure. */
export function tornado(
  p: PreparedScenario,
  spec: ScenarioSpec,
  i: number,
  opts: TornadoOptions = {},
): Result<{ base: number; bars: TornadoBar[] }, string> {
  const measure = opts.measure ?? 'total';
  const base = valueWith(p, spec, i, measure);
  if (!Number.isFinite(base)) {
    return err(`${p.codes[i]} has no point result for ${measure} (no baseline, or only a range)`);
  }
  const step = opts.shockStepPct ?? 5;
  const bars = (opts.params ?? activeParams(spec)).map((ref): TornadoBar => {
    const [lowValue, highValue] = paramSwing(spec, ref, step);
    const lowResult = valueWith(p, setParam(spec, ref, lowValue), i, measure);
    const highResult = valueWith(p, setParam(spec, ref, highValue), i, measure);
    const impact = Math.abs(highResult - lowResult);
    return { param: paramKey(ref), lowValue, highValue, lowResult, highResult, impact };
  });
  bars.sort((a, b) => b.impact - a.impact || a.param.localeCompare(b.param));
  return ok({ base, bars });
}

export interface Breakeven {
  param: string;
  /** The shock (in %) at which A equals B; any shock beyond it makes A pass B. */
  shockPct: number;
  /** A is already ahead with this shock at 0. */
  alreadyAhead: boolean;
}

const SEARCH_LIMIT = 100;
const GRID_STEP = 0.5;

/**
 * The smallest shock (in absolute value) on one shock parameter, others held, that lifts entity
 * `a` above entity `b`; null when none within ±100%. The model is linear in a demand shock, so a
 * bracket plus bisection finds the crossing exactly; the grid also catches the (quadratic)
 * commodity-price case.
 */
export function breakeven(
  p: PreparedScenario,
  spec: ScenarioSpec,
  ref: ParamRef,
  a: number,
  b: number,
  measure: ResultMeasure = 'total',
): Result<Breakeven | null, string> {
  if (ref.kind !== 'shock') return err('breakeven needs a shock parameter, not an elasticity');
  const diff = (x: number): number => {
    const s = setParam(spec, ref, x);
    return valueWith(p, s, a, measure) - valueWith(p, s, b, measure);
  };
  const d0 = diff(0);
  if (!Number.isFinite(d0)) {
    return err(`${p.codes[a]} or ${p.codes[b]} has no point result for ${measure}`);
  }
  const param = paramKey(ref);
  if (d0 > 0) return ok({ param, shockPct: 0, alreadyAhead: true });
  for (let x = GRID_STEP; x <= SEARCH_LIMIT; x += GRID_STEP) {
    for (const signed of [-x, x]) {
      if (diff(signed) <= 0) continue;
      const inner = signed - Math.sign(signed) * GRID_STEP;
      return ok({ param, shockPct: bisect(diff, inner, signed), alreadyAhead: false });
    }
  }
  return ok(null);
}

/** Root of f between `no` (f ≤ 0) and `yes` (f > 0). */
function bisect(f: (x: number) => number, no: number, yes: number): number {
  let lo = no;
  let hi = yes;
  for (let k = 0; k < 60 && Math.abs(hi - lo) > 1e-10; k++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

export type ElasticityRun = 'low' | 'default' | 'high';

/**
 * The scenario at the low, default and high ends of the sourced ranges of ε_Y and ε_P (low =
 * the smaller effect: ε_Y 1.0, ε_P 0; high: ε_Y 2.3, ε_P −0.3). κ stays as the user set it.
 */
export function elasticityRuns(
  p: PreparedScenario,
  spec: ScenarioSpec,
): Record<ElasticityRun, ScenarioResult> {
  const run = (incomeElasticity: number, priceElasticity: number): ScenarioResult => {
    const e = { ...spec.elasticities, incomeElasticity, priceElasticity };
    return recompute(p, compileShocks(spec.shocks, e), createResult(p));
  };
  const y = ELASTICITY_INFO.incomeElasticity;
  const pr = ELASTICITY_INFO.priceElasticity;
  return {
    low: run(y.low as number, pr.low as number),
    default: run(DEFAULT_ELASTICITIES.incomeElasticity, DEFAULT_ELASTICITIES.priceElasticity),
    high: run(y.high as number, pr.high as number),
  };
}
