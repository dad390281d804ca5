/**
 * Sensitivity of one scenario: a tornado (each parameter moved alone, and each stand-in share
 * within its range under the proxy rule), the breakeven shock at which one entity passes another,
 * and runs at the low / default / high ends of the sourced elasticity ranges. Where an entity has
 * no point result, both say why in data (`NoPointReason`), so the UI can name what to enter.
 */
import { err, ok, type Adcode, type Result } from '../model';
import {
  createResult,
  recompute,
  STATUS,
  type PreparedScenario,
  type ScenarioResult,
} from './engine';
import { evaluateEntity, evaluateWith, type ResultMeasure, type StandIn } from './evaluate';
import {
  activeParams,
  getParam,
  paramKey,
  setParam,
  type ParamRef,
  type ScenarioSpec,
} from './params';
import { DEFAULT_ELASTICITIES, ELASTICITY_INFO, SHOCK_MAX_PCT, SHOCK_MIN_PCT } from './shocks';
import { explainEntity, type UsedShare } from './result-rows';
import { compileShocks, createCompiled, slotIndex, type CompiledShocks } from './slots';

export interface TornadoBar {
  /**
   * Parameter key: a shock (`partner:us:exports`), an elasticity (`elasticity:incomeElasticity`),
   * a stand-in share (`share:exports:partner:us`) or the borrowed split (`split:exports`).
   */
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
  /** Add a bar for each stand-in share (and borrowed split) the result uses (default true). */
  standIns?: boolean;
}

/** Why an entity has no tornado or breakeven: what is missing, in data the UI can word. */
export type NoPointReason =
  | { kind: 'not_computable'; code: Adcode; missing: UsedShare[] }
  | { kind: 'range_only'; code: Adcode }
  | { kind: 'no_baseline'; code: Adcode };

const compiled = createCompiled();

function valueWith(p: PreparedScenario, spec: ScenarioSpec, i: number, m: ResultMeasure): number {
  return evaluateEntity(p, compileShocks(spec.shocks, spec.elasticities, compiled), i, m).value;
}

/** Why entity i has no point result under the spec (null when it has one). */
export function noPointReason(
  p: PreparedScenario,
  spec: ScenarioSpec,
  i: number,
  measure: ResultMeasure,
): NoPointReason | null {
  const c = compileShocks(spec.shocks, spec.elasticities, compiled);
  const r = evaluateEntity(p, c, i, measure);
  const code = p.codes[i] as Adcode;
  if (r.status === STATUS.point) return null;
  if (r.status === STATUS.notComputable) {
    return { kind: 'not_computable', code, missing: explainEntity(p, c, i).filter((u) => !u.step) };
  }
  return r.status === STATUS.rangeOnly
    ? { kind: 'range_only', code }
    : { kind: 'no_baseline', code };
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

/**
 * Bars for the stand-ins entity i's result uses: each share that is not its own base-year figure
 * (and a borrowed split) moved alone to the ends of its range under the proxy rule. Values in %.
 */
function standInBars(
  p: PreparedScenario,
  c: CompiledShocks,
  i: number,
  measure: ResultMeasure,
): TornadoBar[] {
  const bars: TornadoBar[] = [];
  const add = (param: string, what: StandIn, lo: number, hi: number) => {
    const lowResult = evaluateWith(p, c, i, measure, what, lo);
    const highResult = evaluateWith(p, c, i, measure, what, hi);
    bars.push({
      param,
      lowValue: lo * 100,
      highValue: hi * 100,
      lowResult,
      highResult,
      impact: Math.abs(highResult - lowResult),
    });
  };
  for (const u of explainEntity(p, c, i)) {
    if (!u.step || u.low === u.high) continue;
    const slot = slotIndex(u.flow, u.dimension, u.category);
    add(
      `share:${u.flow}:${u.dimension}:${u.category}`,
      { kind: 'share', slot },
      u.low! / 100,
      u.high! / 100,
    );
  }
  if (measure === 'total' && p.kind[i] === 1 && p.splitLow[i] !== p.splitHigh[i]) {
    const w = p.split[i] as number;
    if (w === w)
      add('split:exports', { kind: 'split' }, p.splitLow[i] as number, p.splitHigh[i] as number);
  }
  return bars.filter((b) => b.impact > 0);
}

/** Tornado for entity `i`; fails with the reason if the entity has no point result. */
export function tornado(
  p: PreparedScenario,
  spec: ScenarioSpec,
  i: number,
  opts: TornadoOptions = {},
): Result<{ base: number; bars: TornadoBar[] }, NoPointReason> {
  const measure = opts.measure ?? 'total';
  const reason = noPointReason(p, spec, i, measure);
  if (reason) return err(reason);
  const base = valueWith(p, spec, i, measure);
  const step = opts.shockStepPct ?? 5;
  const bars = (opts.params ?? activeParams(spec)).map((ref): TornadoBar => {
    const [lowValue, highValue] = paramSwing(spec, ref, step);
    const lowResult = valueWith(p, setParam(spec, ref, lowValue), i, measure);
    const highResult = valueWith(p, setParam(spec, ref, highValue), i, measure);
    const impact = Math.abs(highResult - lowResult);
    return { param: paramKey(ref), lowValue, highValue, lowResult, highResult, impact };
  });
  if (opts.standIns !== false) {
    const c = compileShocks(spec.shocks, spec.elasticities, compiled);
    bars.push(...standInBars(p, c, i, measure));
  }
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
): Result<Breakeven | null, NoPointReason | 'not_a_shock'> {
  if (ref.kind !== 'shock') return err('not_a_shock');
  const diff = (x: number): number => {
    const s = setParam(spec, ref, x);
    return valueWith(p, s, a, measure) - valueWith(p, s, b, measure);
  };
  for (const i of [a, b]) {
    // At a non-zero value the parameter's own slot is active, so a share it needs counts too.
    const reason = noPointReason(p, setParam(spec, ref, 1), i, measure);
    if (reason) return err(reason);
  }
  const d0 = diff(0);
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
