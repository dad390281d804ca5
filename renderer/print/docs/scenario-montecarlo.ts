/**
 * Monte Carlo results for printed scenarios: a pinned scenario that showed a Monte Carlo result is
 * run again from its file's ranges, draws and seed (so the figures are those of the same draws on
 * the current data), in the same worker the scenario panel uses, once per inputs. The panel hands
 * over the result it already has, so printing the view on screen does not wait for a rerun.
 */
import { shallowReactive } from 'vue';
import {
  transferablePrepared,
  type McResult,
  type PreparedRun,
  type ScenarioFile,
} from '../../../core/scenario';
import type { McRunRequest, McWorkerMessage } from '../../workers/montecarlo-protocol';

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
  const request: McRunRequest = {
    type: 'run',
    prepared: transferablePrepared(prepared.prepared),
    spec: JSON.parse(JSON.stringify({ shocks: file.shocks, elasticities: file.elasticities })),
    ranges: JSON.parse(JSON.stringify(file.monteCarlo.ranges)),
    draws: file.monteCarlo.draws,
    seed: file.monteCarlo.seed,
  };
  const worker = new Worker(new URL('../../workers/montecarlo.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (e: MessageEvent<McWorkerMessage>) => {
    const msg = e.data;
    if (msg.type === 'progress') return;
    results.set(
      key,
      msg.type === 'done'
        ? { status: 'done', result: msg.result }
        : { status: 'error', message: msg.message },
    );
    worker.terminate();
  };
  worker.onerror = (e) => {
    results.set(key, { status: 'error', message: e.message || 'the worker failed' });
    worker.terminate();
  };
  worker.postMessage(request);
}
