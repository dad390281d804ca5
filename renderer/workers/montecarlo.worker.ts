/**
 * Runs the Monte Carlo off the main thread, so 10,000 draws (about a second) never freeze the
 * panel. Progress is posted every 500 draws; the page cancels by terminating the worker.
 */
import { runMonteCarlo } from '../../core/scenario';
import type { McRunRequest, McWorkerMessage } from './montecarlo-protocol';

// The web tsconfig types `self` as a Window; a worker's scope needs only these two members.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<McRunRequest>) => void) | null;
  postMessage(message: McWorkerMessage): void;
};

scope.onmessage = (e) => {
  const { prepared, spec, ranges, draws, seed } = e.data;
  const t0 = performance.now();
  try {
    const result = runMonteCarlo(prepared, spec, ranges, {
      draws,
      seed,
      onProgress: (done) => scope.postMessage({ type: 'progress', done, draws }),
    });
    if (!result.ok) return scope.postMessage({ type: 'error', message: result.error });
    scope.postMessage({ type: 'done', result: result.value, elapsedMs: performance.now() - t0 });
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
