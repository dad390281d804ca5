/**
 * The Monte Carlo run the way the app's scenario panel runs it, for montecarlo_10k_ms: split
 * into parts, one worker per core where it pays (renderer/workers/montecarlo-pool.ts), each
 * part in the built Web Worker (out/renderer/assets/montecarlo.worker-*.js, run here in a Node
 * worker thread under a two-member `self`), each worker then finding one entity chunk's
 * percentiles, merged on the calling thread (core/scenario/montecarlo-run.ts).
 *
 * The app starts its workers when the scenario view mounts and hands them back after each run
 * (holdMonteCarloWorkers), so what a person waits for after pressing Run is the requests' copy
 * of the layout, the draws and the merge — not the workers' start. McAppPool does the same: it
 * starts the workers before any run is timed and reuses them, and a run's time is from building
 * the requests to the merged result. `coldMs` of scenarioFigures times a run in fresh workers
 * (start and module evaluation included), for comparison.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  McRunPlan,
  monteCarloParts,
  type McRange,
  type McWorkerMessage,
  type PreparedScenario,
  type ScenarioSpec,
} from '../../core/scenario';

function builtWorker(): string {
  const assets = resolve(import.meta.dirname, '../../out/renderer/assets');
  const file = readdirSync(assets).find((f) => /^montecarlo\.worker-.*\.js$/.test(f));
  if (!file) throw new Error('no built Monte Carlo worker in out/renderer (run npm run build)');
  return pathToFileURL(join(assets, file)).href;
}

/** A Web Worker's `self` (onmessage, postMessage) over the thread's port, then the worker. */
const thread = (url: string) => `
const { parentPort } = require('node:worker_threads');
globalThis.self = {
  postMessage: (m, transfer) => parentPort.postMessage(m, transfer),
  set onmessage(f) { parentPort.on('message', (data) => f({ data })); },
};
import(${JSON.stringify(url)});`;

/** What a run is asked: the scenario, its ranged parameters, the number of draws and the seed. */
type McRunArgs = [
  prepared: PreparedScenario,
  spec: ScenarioSpec,
  ranges: McRange[],
  draws: number,
  seed: number,
];

/** The app's pool in Node: workers started once (as on the view's mount), reused by runs. */
export class McAppPool {
  private readonly code = thread(builtWorker());
  private readonly idle: Worker[] = [];

  /** Starts the workers the largest run takes (the app's `fill`). */
  constructor(private readonly cores = availableParallelism()) {
    const want = monteCarloParts(Number.MAX_SAFE_INTEGER, cores);
    for (let k = 0; k < want; k++) this.idle.push(new Worker(this.code, { eval: true }));
  }

  /** One run, stepped as the app's pool steps it; resolves with the number of parts. */
  run(...[prepared, spec, ranges, draws, seed]: McRunArgs): Promise<number> {
    const plan = new McRunPlan(prepared, spec, ranges, draws, seed, this.cores);
    const workers = plan.requests.map(
      () => this.idle.pop() ?? new Worker(this.code, { eval: true }),
    );
    return new Promise<number>((resolveRun, reject) => {
      const end = () => {
        workers.forEach((w) => w.removeAllListeners('message').removeAllListeners('error'));
        this.idle.push(...workers);
      };
      workers.forEach((w, k) => {
        w.on('message', (msg: McWorkerMessage) => {
          const step = plan.receive(k, msg);
          if (step.kind === 'post') {
            for (const { worker, request, transfer } of step.posts)
              (workers[worker] as Worker).postMessage(request, transfer);
          } else if (step.kind === 'done' || step.kind === 'error') {
            end();
            if (step.kind === 'done') resolveRun(plan.requests.length);
            else reject(new Error(step.message));
          }
        });
        w.once('error', reject);
        w.postMessage(plan.requests[k]);
      });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
}

/** A run in workers started for it and ended after it (what a print outside the view does). */
export async function runMonteCarloCold(...args: McRunArgs): Promise<number> {
  const pool = new McAppPool();
  try {
    return await pool.run(...args);
  } finally {
    // Ended, not waited for (as the pool without a holder does).
    void pool.close();
  }
}
