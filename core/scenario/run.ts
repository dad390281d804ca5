/**
 * One scenario run end to end, as the panel and the CLI both need it: baselines for a year and
 * level (the entities of the Rankings view, with its ranks), own profiles for that base year with
 * the user's shares applied, the proxy chain for every share and split, the engine result and its
 * readable rows. Preparing (layout) and computing (shocks) are separate, because the panel
 * recomputes on every slider move while the inputs that need a new layout change rarely.
 */
import { rankingBoard, indexFullYears, type FullYearIndex } from '../data';
import type { Adcode, Dataset, Level, ReferenceTables } from '../model';
import { baselineFromIndex, type Baseline } from './baseline';
import {
  createResult,
  prepareScenario,
  recompute,
  type BaseRanks,
  type EntityExposure,
  type PreparedScenario,
  type ScenarioResult,
} from './engine';
import { profilesForYear, type ExposureFile } from './exposure-file';
import type { ScenarioSpec } from './params';
import { indexShares, resolveSlots, type ChainInput, type ShareIndex } from './proxy-chain';
import { DEFAULT_PROXY_RANGE, type ProxyRangeRule } from './proxy-range';
import { applyShareOverrides } from './residual';
import { notComputable, toRows, type ScenarioRow, type UsedShare } from './result-rows';
import { compileShocks, type CompiledShocks } from './slots';
import { resolveSplit } from './trade-split';
import type { ExposureProfile, ShareOverride } from './types';

export interface ScenarioInputs {
  dataset: Dataset;
  reference: ReferenceTables;
  exposure: ExposureFile;
  /** User shares: the stored edits, then a scenario file's own (later ones win). */
  overrides: readonly ShareOverride[];
  year: number;
  level: 'city' | 'province';
  /** How far stand-in shares may stray (default DEFAULT_PROXY_RANGE). */
  proxyRange?: Readonly<ProxyRangeRule>;
}

export interface PreparedRun {
  baseline: Baseline;
  /** Own profiles (with user shares) of every entity that has shares, for the base year. */
  profiles: ExposureProfile[];
  /** What the proxy chain found for each entity with a baseline. */
  exposures: Map<string, EntityExposure>;
  prepared: PreparedScenario;
  /** The chain's inputs, to resolve an entity without a baseline too (`exposureOf`). */
  chain: ChainInput;
  shareIndex: ShareIndex;
}

export interface ComputedRun {
  compiled: CompiledShocks;
  result: ScenarioResult;
  rows: ScenarioRow[];
  /** Entities whose result the active shocks cannot compute, with the shares no step has. */
  notComputable: { code: Adcode; missing: UsedShare[] }[];
}

/** The Rankings view's ranks (total, exports, imports) for the year and level. */
export function rankingsRanks(index: FullYearIndex, year: number, level: Level): BaseRanks {
  const ranks = new Map<string, [number | null, number | null, number | null]>();
  (['total', 'exports', 'imports'] as const).forEach((metric, m) => {
    const board = rankingBoard(index, {
      year,
      level: level as 'city' | 'province',
      metric,
      baseYear: year - 1,
      spanStart: year - 1,
    });
    for (const row of board.rows) {
      const entry = ranks.get(row.code) ?? [null, null, null];
      entry[m] = row.rank;
      ranks.set(row.code, entry);
    }
  });
  return ranks;
}

/** Baselines, the proxy chain and the engine's layout for a year and level. */
export function prepareRun(input: ScenarioInputs): PreparedRun {
  const rule = input.proxyRange ?? DEFAULT_PROXY_RANGE;
  const index = indexFullYears(input.dataset, input.reference);
  const baseline = baselineFromIndex(index, input.year, input.level);
  const profiles = applyShareOverrides(
    profilesForYear(input.exposure, input.year),
    input.overrides,
    input.year,
  );
  const nationalCode = input.exposure.nationalCode;
  // A municipality's province-level unit is the same place (its breakdown rows are copies of the
  // city's): it is no proxy for itself.
  const provinceOf = (code: Adcode): Adcode | null => {
    const entity = index.entities.get(code);
    if (entity?.level !== 'city' || !entity.provinceCode) return null;
    const province = index.entities.get(entity.provinceCode);
    return province && province.shortZh !== entity.shortZh ? province.code : null;
  };
  const chain: ChainInput = {
    profiles,
    provinceOf,
    nationalCode,
    askUser: input.exposure.askUser,
    baseYear: input.year,
    rule,
  };
  const shareIndex = indexShares(profiles);
  const exposures = new Map<string, EntityExposure>();
  for (const e of baseline.entities) {
    const split =
      e.kind === 'total_only'
        ? resolveSplit(index, e.code, input.year, provinceOf(e.code), nationalCode, rule)
        : null;
    exposures.set(e.code, { code: e.code, slots: resolveSlots(e.code, chain, shareIndex), split });
  }
  const ranks = rankingsRanks(index, input.year, input.level);
  const prepared = prepareScenario(baseline, exposures, ranks);
  return { baseline, profiles, exposures, prepared, chain, shareIndex };
}

/**
 * What the chain finds for any entity of the run's base year: the prepared one for an entity with
 * a baseline, else resolved on the spot (the city drawer shows entities without one too).
 */
export function exposureOf(run: PreparedRun, code: Adcode): EntityExposure {
  return (
    run.exposures.get(code) ?? {
      code,
      slots: resolveSlots(code, run.chain, run.shareIndex),
      split: null,
    }
  );
}

/** The scenario's result on a prepared layout. */
export function computeRun(run: PreparedRun, spec: ScenarioSpec): ComputedRun {
  const compiled = compileShocks(spec.shocks, spec.elasticities);
  const result = recompute(run.prepared, compiled, createResult(run.prepared));
  return {
    compiled,
    result,
    rows: toRows(run.prepared, result, compiled),
    notComputable: notComputable(run.prepared, result, compiled),
  };
}
