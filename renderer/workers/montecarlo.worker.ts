/**
 * A worker of a Monte Carlo run (core/scenario/montecarlo-run.ts): draws one part of the run off
 * the main thread, so 10,000 draws never freeze the panel, then finds the value percentiles of
 * one entity chunk. Progress (draws done in this part) is posted every 500 draws; the page
 * cancels by terminating the worker.
 */
import { answerMonteCarlo, type McWorkerMessage, type McWorkerRequest } from '../../core/scenario';

// The web tsconfig types `self` as a Window; a worker's scope needs only these two members.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<McWorkerRequest>) => void) | null;
  postMessage(message: McWorkerMessage, transfer?: Transferable[]): void;
};

scope.onmessage = (e) =>
  answerMonteCarlo(e.data, (message, transfer) => scope.postMessage(message, transfer));
