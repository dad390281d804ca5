/**
 * One scenario run end to end, as the panel and the CLI both need it: baselines for a year and
 * level, profiles for that base year with the user's shares applied, the engine result and its
 * readable rows. Preparing (layout) and computing (shocks) are separate, because the panel
 * recomputes on every slider move while the inputs that need a new layout change rarely.
 */
import type { Dataset, Entity, Level } from '../model';
import { baselineFromDataset, type Baseline } from './baseline';
import {
  createResult,
  prepareScenario,
  recompute,
  type PreparedScenario,
  type ScenarioResult,
} from './engine';
import { profilesForYear, type ExposureFile } from './exposure-file';
import type { ScenarioSpec } from './params';
import { applyShareOverrides } from './residual';
import { missingDependencies, toRows, type ScenarioRow, type UsedShare } from './result-rows';
import { compileShocks, type CompiledShocks } from './slots';
import type { ExposureProfile, ShareOverride } from './types';

export interface ScenarioInputs {
  dataset: Dataset;
  entities: readonly Entity[];
  exposure: ExposureFile;
  /** User shares: the stored edits, then a scenario file's own (later ones win). */
  overrides: readonly ShareOverride[];
  year: number;
  level: Level;
}

export interface PreparedRun {
  baseline: Baseline;
  profiles: ExposureProfile[];
  prepared: PreparedScenario;
}

export interface ComputedRun {
  compiled: CompiledShocks;
  result: ScenarioResult;
  rows: ScenarioRow[];
  missing: { code: string; missing: UsedShare[] }[];
}

/** Baselines and the engine's layout for a year and level. */
export function prepareRun(input: ScenarioInputs): PreparedRun {
  const baseline = baselineFromDataset(input.dataset, input.year, input.level, input.entities);
  const profiles = applyShareOverrides(
    profilesForYear(input.exposure, input.year),
    input.overrides,
    input.year,
  );
  return { baseline, profiles, prepared: prepareScenario(baseline, profiles) };
}

/** The scenario's result on a prepared layout. */
export function computeRun(run: PreparedRun, spec: ScenarioSpec): ComputedRun {
  const compiled = compileShocks(spec.shocks, spec.elasticities);
  const result = recompute(run.prepared, compiled, createResult(run.prepared));
  return {
    compiled,
    result,
    rows: toRows(run.prepared, result, compiled),
    missing: missingDependencies(run.prepared, result, compiled),
  };
}

/**
 * The layout as a Web Worker needs it: typed arrays only. `shareRefs` (objects kept for
 * explanations) is dropped, so posting it copies a few hundred kilobytes, not a graph.
 */
export function transferablePrepared(p: PreparedScenario): PreparedScenario {
  return { ...p, shareRefs: [] };
}
