/**
 * A scenario's parameters as one addressable set: each shock (by `dimension:category:flow`) and
 * each elasticity (by `elasticity:name`). Sensitivity and Monte Carlo vary parameters through
 * these keys, and the scenario file stores Monte Carlo ranges under them.
 */
import { err, ok, type Result } from '../model';
import {
  checkShockKey,
  ELASTICITY_NAMES,
  shockKey,
  type ElasticityName,
  type Elasticities,
  type Shock,
  type ShockDimension,
  type ShockFlow,
} from './shocks';

/** What the engine needs to run: the shocks and the elasticities. */
export interface ScenarioSpec {
  shocks: Shock[];
  elasticities: Elasticities;
}

export type ParamRef =
  | { kind: 'shock'; dimension: ShockDimension; category: string; flow: ShockFlow }
  | { kind: 'elasticity'; name: ElasticityName };

export function paramKey(ref: ParamRef): string {
  return ref.kind === 'shock' ? shockKey(ref) : `elasticity:${ref.name}`;
}

/** Parses `partner:us:exports` or `elasticity:incomeElasticity`; the error names the bad part. */
export function parseParamKey(key: string): Result<ParamRef, string> {
  const parts = key.split(':');
  if (parts[0] === 'elasticity') {
    const name = parts[1] ?? '';
    if (parts.length === 2 && ELASTICITY_NAMES.includes(name as ElasticityName)) {
      return ok({ kind: 'elasticity', name: name as ElasticityName });
    }
    return err(
      `unknown elasticity '${name}' in '${key}' (expected one of ${ELASTICITY_NAMES.join(', ')})`,
    );
  }
  if (parts.length !== 3) {
    return err(`bad parameter '${key}': expected dimension:category:flow or elasticity:name`);
  }
  const [dimension, category, flow] = parts as [string, string, string];
  const problem = checkShockKey(dimension, category, flow);
  if (problem) return err(`bad parameter '${key}': ${problem}`);
  return ok({
    kind: 'shock',
    dimension: dimension as ShockDimension,
    category,
    flow: flow as ShockFlow,
  });
}

const sameShock = (s: Shock, ref: ParamRef & { kind: 'shock' }): boolean =>
  s.dimension === ref.dimension && s.category === ref.category && s.flow === ref.flow;

/** Current value: a shock's % (0 if the scenario has no such shock) or an elasticity. */
export function getParam(spec: ScenarioSpec, ref: ParamRef): number | null {
  if (ref.kind === 'elasticity') return spec.elasticities[ref.name];
  return spec.shocks.find((s) => sameShock(s, ref))?.pct ?? 0;
}

/** A copy of the spec with one parameter set (a shock is added if absent). */
export function setParam(spec: ScenarioSpec, ref: ParamRef, value: number | null): ScenarioSpec {
  if (ref.kind === 'elasticity') {
    return { ...spec, elasticities: { ...spec.elasticities, [ref.name]: value } };
  }
  const pct = value ?? 0;
  const shocks = spec.shocks.some((s) => sameShock(s, ref))
    ? spec.shocks.map((s) => (sameShock(s, ref) ? { ...s, pct } : s))
    : [...spec.shocks, { dimension: ref.dimension, category: ref.category, flow: ref.flow, pct }];
  return { ...spec, shocks };
}

/** The parameters a scenario actually uses: its shocks, and the elasticities they call on. */
export function activeParams(spec: ScenarioSpec): ParamRef[] {
  const refs: ParamRef[] = spec.shocks.map((s) => ({
    kind: 'shock',
    dimension: s.dimension,
    category: s.category,
    flow: s.flow,
  }));
  if (spec.shocks.some((s) => s.dimension === 'partner_gdp' && s.pct !== 0)) {
    refs.push({ kind: 'elasticity', name: 'incomeElasticity' });
  }
  if (spec.shocks.some((s) => s.dimension === 'import_commodity' && s.pct !== 0)) {
    refs.push({ kind: 'elasticity', name: 'priceElasticity' });
  }
  if (spec.elasticities.processingImportContent !== null) {
    refs.push({ kind: 'elasticity', name: 'processingImportContent' });
  }
  return refs;
}
