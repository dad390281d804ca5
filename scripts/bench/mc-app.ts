/**
 * The Monte Carlo run the way the app's scenario panel runs it, for montecarlo_10k_ms: split
 * into parts, one worker per core where it pays (renderer/workers/montecarlo-pool.ts), each
 * part in the built Web Worker (out/renderer/assets/montecarlo.worker-*.js, run here in a Node
 * worker thread under a two-member `self`), merged on the calling thread. The time includes
 * starting the workers and copying the layout to them, as the panel's does.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  mergeMonteCarlo,
  monteCarloRequests,
  type McPart,
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

export async function runMonteCarloAsApp(
  prepared: PreparedScenario,
  spec: ScenarioSpec,
  ranges: McRange[],
  draws: number,
  seed: number,
): Promise<number> {
  const code = thread(builtWorker());
  // What the pool posts: the layout without the per-entity provenance objects the draws never read.
  const requests = monteCarloRequests(prepared, spec, ranges, draws, seed, availableParallelism());
  const parts = await Promise.all(
    requests.map(
      (request) =>
        new Promise<McPart>((resolvePart, reject) => {
          const w = new Worker(code, { eval: true });
          w.on('message', (msg: McWorkerMessage) => {
            if (msg.type === 'progress') return;
            void w.terminate();
            if (msg.type === 'part') resolvePart(msg.part);
            else reject(new Error(msg.message));
          });
          w.once('error', reject);
          w.postMessage(request);
        }),
    ),
  );
  const result = mergeMonteCarlo(prepared, { draws, seed }, parts);
  if (!result.ok) throw new Error(result.error);
  return requests.length;
}
