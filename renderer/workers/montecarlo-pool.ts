/**
 * A Monte Carlo run in Web Workers: split into parts, one worker per core where the draws are
 * worth it (core/scenario/montecarlo.ts: monteCarloParts), merged into exactly the result one
 * run would give — so the split never changes what the reader sees. Used by the scenario panel
 * and by printed scenarios.
 */
import {
  mergeMonteCarlo,
  monteCarloRequests,
  type McPart,
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
  const requests = monteCarloRequests(
    prepared,
    plainSpec,
    plainRanges,
    draws,
    seed,
    navigator.hardwareConcurrency || 1,
  );
  const parts: McPart[] = [];
  const done = requests.map(() => 0);
  let workers: Worker[] = [];
  const cancel = () => {
    for (const w of workers) w.terminate();
    workers = [];
  };
  const result = new Promise<McResult>((resolve, reject) => {
    const fail = (message: string) => {
      cancel();
      reject(new Error(message));
    };
    const report = () => onProgress?.(done.reduce((a, b) => a + b, 0) / draws);
    workers = requests.map((request, k) => {
      const w = new Worker(new URL('./montecarlo.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<McWorkerMessage>) => {
        const msg = e.data;
        if (msg.type === 'error') return fail(msg.message);
        done[k] = msg.type === 'progress' ? msg.done : request.count;
        report();
        if (msg.type !== 'part') return;
        parts.push(msg.part);
        if (parts.length < requests.length) return;
        cancel();
        const merged = mergeMonteCarlo(prepared, { draws, seed }, parts);
        if (merged.ok) resolve(merged.value);
        else reject(new Error(merged.error));
      };
      w.onerror = (e) => fail(e.message || 'the worker failed');
      w.postMessage(request);
      return w;
    });
  });
  return { result, cancel };
}
