/**
 * Monte Carlo results for printed scenarios: a pinned scenario that showed a Monte Carlo result is
 * run again from its file's ranges, draws and seed (so the figures are those of the same draws on
 * the current data), in the same workers the scenario panel uses, once per inputs. The panel hands
 * over the result it already has, so printing the view on screen does not wait for a rerun.
 */
import { shallowReactive } from 'vue';
import type { McResult, PreparedRun, ScenarioFile } from '../../../core/scenario';
import { runMonteCarloPool } from '../../workers/montecarlo-pool';

type McState =
  | { status: 'running' }
  | { status: 'done'; result: McResult }
  | { status: 'error'; message: string };

const results = shallowReactive(new Map<string, McState>());

/** The inputs a result depends on: the data revision, the level and the scenario file. */
export const monteCarloKey = (revision: number, level: string, file: ScenarioFile): string =>
  JSON.stringify([revision, level, file]);

/** Keeps a result the scenario panel computed for exactly these inputs. */
export function rememberMonteCarlo(key: string, result: McResult): void {
  results.set(key, { status: 'done', result });
}

/** The result for `key` so far (reactive): null until a run was started. */
export const monteCarloState = (key: string): McState | null => results.get(key) ?? null;

/** Starts a run in the worker for `key`, unless one ran or is running. */
export function startMonteCarlo(key: string, prepared: PreparedRun, file: ScenarioFile): void {
  if (results.has(key) || !file.monteCarlo) return;
  results.set(key, { status: 'running' });
  const run = runMonteCarloPool(
    prepared.prepared,
    { shocks: file.shocks, elasticities: file.elasticities },
    file.monteCarlo.ranges,
    file.monteCarlo.draws,
    file.monteCarlo.seed,
  );
  run.result.then(
    (result) => results.set(key, { status: 'done', result }),
    (e: unknown) =>
      results.set(key, { status: 'error', message: e instanceof Error ? e.message : String(e) }),
  );
}
