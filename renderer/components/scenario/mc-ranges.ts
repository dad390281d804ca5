/**
 * Uncertainty ranges the Monte Carlo starts from, one per parameter the scenario uses. These are
 * starting points the user edits, not findings: a shock of X% gets X ± max(5, |X|/2) points, the
 * income and price elasticities their sourced ranges (elasticities.md §3), and κ, which has no
 * sourced value, ±50% of what the user set.
 */
import {
  activeParams,
  ELASTICITY_BOUNDS,
  ELASTICITY_INFO,
  getParam,
  paramKey,
  parseParamKey,
  SHOCK_MAX_PCT,
  SHOCK_MIN_PCT,
  type McRange,
  type ScenarioSpec,
} from '../../../core/scenario';

export interface EditableRange extends McRange {
  /** Off: the parameter stays at the scenario's value in every draw. */
  enabled: boolean;
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function defaultRange(spec: ScenarioSpec, key: string): EditableRange | null {
  const ref = activeParams(spec).find((r) => paramKey(r) === key);
  if (!ref) return null;
  const value = getParam(spec, ref) ?? 0;
  if (ref.kind === 'shock') {
    const half = Math.max(5, Math.abs(value) / 2);
    return {
      param: key,
      min: round(Math.max(SHOCK_MIN_PCT, value - half)),
      max: round(Math.min(SHOCK_MAX_PCT, value + half)),
      distribution: 'triangular',
      enabled: true,
    };
  }
  const info = ELASTICITY_INFO[ref.name];
  if (info.low !== null && info.high !== null) {
    return {
      param: key,
      min: Math.min(info.low, info.high),
      max: Math.max(info.low, info.high),
      distribution: 'uniform',
      enabled: true,
    };
  }
  return {
    param: key,
    min: round(value * 0.5, 3),
    max: round(Math.min(1, value * 1.5), 3),
    distribution: 'uniform',
    enabled: true,
  };
}

/**
 * The ranges for the scenario's active parameters: the user's own where they set one (kept even
 * when the scenario's value moved), a default otherwise. Ranges of parameters no longer active
 * are dropped.
 */
export function rangesFor(
  spec: ScenarioSpec,
  user: ReadonlyMap<string, EditableRange>,
): EditableRange[] {
  return activeParams(spec)
    .map((ref) => paramKey(ref))
    .map((key) => user.get(key) ?? defaultRange(spec, key))
    .filter((r): r is EditableRange => r !== null);
}

/** What the engine takes: enabled ranges, without the UI's switch. */
export function toMcRanges(ranges: readonly EditableRange[]): McRange[] {
  return ranges.filter((r) => r.enabled).map(({ enabled: _enabled, ...r }) => r);
}

/**
 * The bounds a range's ends may take: a shock's SHOCK_MIN_PCT…SHOCK_MAX_PCT, an elasticity's own
 * (the bounds a scenario file accepts, so a range edited here always saves and reopens).
 */
export function rangeBounds(param: string): readonly [number, number] {
  const ref = parseParamKey(param);
  if (!ref.ok || ref.value.kind === 'shock') return [SHOCK_MIN_PCT, SHOCK_MAX_PCT];
  return ELASTICITY_BOUNDS[ref.value.name];
}

/**
 * The ranges a scenario file gives its spec, as the user saw them: a file holds the enabled
 * ranges only, so an active parameter without one was switched off (it keeps its default range).
 */
export function rangesFromFile(spec: ScenarioSpec, saved: readonly McRange[]): EditableRange[] {
  const inFile = new Set(saved.map((r) => r.param));
  const off = activeParams(spec)
    .map((ref) => paramKey(ref))
    .filter((key) => !inFile.has(key))
    .map((key) => defaultRange(spec, key))
    .filter((r): r is EditableRange => r !== null)
    .map((r) => ({ ...r, enabled: false }));
  return [...saved.map((r) => ({ ...r, enabled: true })), ...off];
}
