/**
 * The Monte Carlo run the way the app's scenario panel runs it, for montecarlo_10k_ms: the
 * Scenarios view posts the run to one Web Worker, which calls runMonteCarlo.
 */
import type { PreparedScenario } from '../../core/scenario/engine';
import { runMonteCarlo, type McRange } from '../../core/scenario/montecarlo';
import type { ScenarioSpec } from '../../core/scenario/params';

export async function runMonteCarloAsApp(
  prepared: PreparedScenario,
  spec: ScenarioSpec,
  ranges: McRange[],
  draws: number,
  seed: number,
): Promise<void> {
  const result = runMonteCarlo(prepared, spec, ranges, { draws, seed });
  if (!result.ok) throw new Error(result.error);
}
