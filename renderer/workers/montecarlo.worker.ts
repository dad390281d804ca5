/**
 * Runs one part of a Monte Carlo off the main thread, so 10,000 draws never freeze the panel.
 * Progress (draws done in this part) is posted every 500 draws; the page cancels by terminating
 * the worker.
 */
import { runMonteCarloPart, type McRunRequest, type McWorkerMessage } from '../../core/scenario';

// The web tsconfig types `self` as a Window; a worker's scope needs only these two members.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<McRunRequest>) => void) | null;
  postMessage(message: McWorkerMessage, transfer?: Transferable[]): void;
};

scope.onmessage = (e) => {
  const { prepared, spec, ranges, draws, seed, from, count } = e.data;
  try {
    const result = runMonteCarloPart(
      prepared,
      spec,
      ranges,
      { draws, seed, onProgress: (done) => scope.postMessage({ type: 'progress', done }) },
      from,
      count,
    );
    if (!result.ok) return scope.postMessage({ type: 'error', message: result.error });
    const part = result.value;
    scope.postMessage({ type: 'part', part }, [part.values.buffer, part.rankCounts.buffer]);
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
