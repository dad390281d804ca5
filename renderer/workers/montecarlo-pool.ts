/**
 * A Monte Carlo run in Web Workers: split into parts, one worker per core where the draws are
 * worth it (core/scenario/montecarlo.ts: monteCarloParts), each worker then finding the value
 * percentiles of a share of the entities, merged into exactly the result one run would give — so
 * the split never changes what the reader sees (the steps: core/scenario/montecarlo-run.ts).
 * Used by the scenario panel and by printed scenarios.
 *
 * While the scenario view is open it holds the pool (holdMonteCarloWorkers): the workers are
 * started and their module evaluated when the view mounts, and a run that finishes hands its
 * workers back for the next run (their compiled code stays warm), so pressing Run waits only for
 * the draws and the merge. A cancelled or failed run's workers are terminated and replaced. A run
 * with no holder (a print outside the view) starts its own workers and ends them afterwards.
 */
import {
  McRunPlan,
  monteCarloParts,
  type McRange,
  type McResult,
  type McWorkerMessage,
  type PreparedScenario,
  type ScenarioSpec,
} from '../../core/scenario';

export interface McPoolRun {
  /** The merged result, or the first error. */
  result: Promise<McResult>;
  /** Stops every worker (the promise then never settles). */
  cancel(): void;
}

const cores = () => navigator.hardwareConcurrency || 1;
const spawn = () =>
  new Worker(new URL('./montecarlo.worker.ts', import.meta.url), { type: 'module' });

/** Started workers waiting for a run, kept while someone holds the pool. */
let idle: Worker[] = [];
let holders = 0;

/** Starts the workers the largest run takes, up to one per core (at most four). */
function fill(): void {
  const want = monteCarloParts(Number.MAX_SAFE_INTEGER, cores());
  while (idle.length < want) idle.push(spawn());
}

/** A worker done with a run: back to the idle ones while the pool is held, else ended. */
function release(w: Worker): void {
  w.onmessage = null;
  w.onerror = null;
  if (holders > 0 && !idle.includes(w)) idle.push(w);
  else w.terminate();
}

/**
 * Keeps started workers ready until the returned function is called (the scenario view: from
 * mount to unmount). Holders nest; the last release ends the idle workers.
 */
export function holdMonteCarloWorkers(): () => void {
  holders++;
  fill();
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    holders--;
    if (holders > 0) return;
    for (const w of idle) w.terminate();
    idle = [];
  };
}

export function runMonteCarloPool(
  prepared: PreparedScenario,
  spec: ScenarioSpec,
  ranges: McRange[],
  draws: number,
  seed: number,
  onProgress?: (fraction: number) => void,
): McPoolRun {
  // Plain copies: reactive proxies cannot be cloned into a worker.
  const plainSpec = JSON.parse(JSON.stringify(spec)) as ScenarioSpec;
  const plainRanges = JSON.parse(JSON.stringify(ranges)) as McRange[];
  const plan = new McRunPlan(prepared, plainSpec, plainRanges, draws, seed, cores());
  /** This run's workers, busy until the run ends. */
  let busy: Worker[] = [];
  const cancel = () => {
    for (const w of busy) w.terminate();
    busy = [];
    if (holders > 0) fill();
  };
  const result = new Promise<McResult>((resolve, reject) => {
    const workers = plan.requests.map(() => idle.pop() ?? spawn());
    busy = workers;
    const fail = (message: string) => {
      cancel();
      reject(new Error(message));
    };
    workers.forEach((w, k) => {
      w.onmessage = (e: MessageEvent<McWorkerMessage>) => {
        const step = plan.receive(k, e.data);
        if (step.kind === 'error') return fail(step.message);
        if (step.kind === 'progress') return onProgress?.(step.fraction);
        if (step.kind === 'post') {
          onProgress?.(1);
          for (const { worker, request, transfer } of step.posts) {
            (workers[worker] as Worker).postMessage(request, transfer);
          }
        }
        if (step.kind !== 'done') return;
        busy = [];
        for (const done of workers) release(done);
        resolve(step.result);
      };
      w.onerror = (e) => fail(e.message || 'the worker failed');
      w.postMessage(plan.requests[k]);
    });
  });
  return { result, cancel };
}
