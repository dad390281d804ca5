/**
 * A Monte Carlo run across workers, as plain messages and a state machine with no I/O, so the
 * app's Web Worker pool, its tests and the benchmark's Node threads run it alike:
 *
 * 1. each worker draws one part of the run (monteCarloRequests): every entity's values for its
 *    draws, cut into entity chunks, and its rank counts;
 * 2. worker c is then handed chunk c of every part and finds those entities' value percentiles
 *    (chunkQuantiles), so the merge's heaviest step runs on every core and off the page's thread;
 * 3. the page adds up the rank counts and builds the result (mergeMonteCarlo), exactly what one
 *    run over all draws gives.
 */
import type { Result } from '../model';
import type { PreparedScenario } from './engine';
import { transferablePrepared } from './layout';
import {
  chunkQuantiles,
  entityChunks,
  mergeMonteCarlo,
  monteCarloParts,
  runMonteCarloPart,
  splitDraws,
  type McChunkQuantiles,
  type McPart,
  type McRange,
  type McResult,
} from './montecarlo';
import type { ScenarioSpec } from './params';

/**
 * Step 1, to each worker: one part of a run. Plain data only: the layout travels as typed arrays
 * (structured clone), each part's draws come back as transferred buffers.
 */
export interface McRunRequest {
  type: 'run';
  prepared: PreparedScenario;
  spec: ScenarioSpec;
  ranges: McRange[];
  draws: number;
  seed: number;
  /** This worker's draws: from … from + count − 1. */
  from: number;
  count: number;
  /** How many entity chunks to cut the values into: one per worker of the run. */
  chunks: number;
}

/** Step 2, to worker c: chunk c of every part (transferred), and each part's draws. */
export interface McQuantilesRequest {
  type: 'quantiles';
  chunk: number;
  values: Float32Array[];
  counts: number[];
  entities: number;
}

export type McWorkerRequest = McRunRequest | McQuantilesRequest;

/**
 * What a worker posts back: draws done in its part, the part, a chunk's percentiles, or why it
 * failed.
 */
export type McWorkerMessage =
  | { type: 'progress'; done: number }
  | { type: 'part'; part: McPart }
  | { type: 'quantiles'; chunk: number; quantiles: McChunkQuantiles }
  | { type: 'error'; message: string };

type Post = (message: McWorkerMessage, transfer: ArrayBuffer[]) => void;

/**
 * A run of `draws` split for a pool on `cores` cores (monteCarloParts, splitDraws): one request
 * a worker, each carrying the layout without its object references (transferablePrepared).
 */
export function monteCarloRequests(
  prepared: PreparedScenario,
  spec: ScenarioSpec,
  ranges: McRange[],
  draws: number,
  seed: number,
  cores: number,
): McRunRequest[] {
  const layout = transferablePrepared(prepared);
  const split = splitDraws(draws, monteCarloParts(draws, cores));
  return split.map(([from, count]) => ({
    type: 'run',
    prepared: layout,
    spec,
    ranges,
    draws,
    seed,
    from,
    count,
    chunks: split.length,
  }));
}

/** A worker's side: answers one request through `post`, an error as a message, never a throw. */
export function answerMonteCarlo(request: McWorkerRequest, post: Post): void {
  try {
    if (request.type === 'quantiles') {
      const quantiles = chunkQuantiles(request.values, request.counts, request.entities);
      const { points, p5, p50, p95 } = quantiles;
      post({ type: 'quantiles', chunk: request.chunk, quantiles }, [
        points.buffer as ArrayBuffer,
        p5.buffer as ArrayBuffer,
        p50.buffer as ArrayBuffer,
        p95.buffer as ArrayBuffer,
      ]);
      return;
    }
    const { prepared, spec, ranges, draws, seed, from, count, chunks } = request;
    const onProgress = (done: number) => post({ type: 'progress', done }, []);
    const result = runMonteCarloPart(
      prepared,
      spec,
      ranges,
      { draws, seed, onProgress },
      from,
      count,
      chunks,
    );
    if (!result.ok) return post({ type: 'error', message: result.error }, []);
    const part = result.value;
    const buffers = [...part.values, part.rankCounts].map((a) => a.buffer as ArrayBuffer);
    post({ type: 'part', part }, buffers);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
  }
}

/** What the page does after a worker's message. */
export type McStep =
  | { kind: 'wait' }
  | { kind: 'progress'; fraction: number }
  /** Every part is in: post each of these to worker `worker` (this run's k-th), with `transfer`. */
  | {
      kind: 'post';
      posts: { worker: number; request: McQuantilesRequest; transfer: ArrayBuffer[] }[];
    }
  | { kind: 'done'; result: McResult }
  | { kind: 'error'; message: string };

/**
 * The page's side of one run: post `requests[k]` to worker k, then feed each message of worker k
 * to `receive(k, message)` and do what it says.
 */
export class McRunPlan {
  readonly requests: McRunRequest[];
  private readonly parts: (McPart | undefined)[];
  private readonly done: number[];
  private readonly found: (McChunkQuantiles | undefined)[] = [];
  private readonly chunks: [number, number][];

  constructor(
    private readonly prepared: PreparedScenario,
    spec: ScenarioSpec,
    ranges: McRange[],
    private readonly draws: number,
    private readonly seed: number,
    cores: number,
  ) {
    this.requests = monteCarloRequests(prepared, spec, ranges, draws, seed, cores);
    this.parts = this.requests.map(() => undefined);
    this.done = this.requests.map(() => 0);
    this.chunks = entityChunks(prepared.n, this.requests.length);
  }

  receive(k: number, message: McWorkerMessage): McStep {
    switch (message.type) {
      case 'error':
        return { kind: 'error', message: message.message };
      case 'progress':
        this.done[k] = message.done;
        return { kind: 'progress', fraction: this.fraction() };
      case 'part':
        this.parts[k] = message.part;
        this.done[k] = message.part.count;
        // A part in while others draw still moves the bar: its last few hundred draws count.
        return this.parts.every(Boolean)
          ? this.quantileRequests()
          : { kind: 'progress', fraction: this.fraction() };
      case 'quantiles':
        this.found[message.chunk] = message.quantiles;
        return this.chunks.every((_, c) => this.found[c]) ? this.merge() : { kind: 'wait' };
    }
  }

  private fraction(): number {
    return this.done.reduce((a, b) => a + b, 0) / this.draws;
  }

  private quantileRequests(): McStep {
    const parts = this.parts as McPart[];
    const posts = this.chunks.map(([, entities], c) => {
      const values = parts.map((part) => part.values[c] as Float32Array);
      const request: McQuantilesRequest = {
        type: 'quantiles',
        chunk: c,
        values,
        counts: parts.map((part) => part.count),
        entities,
      };
      return { worker: c, request, transfer: values.map((v) => v.buffer as ArrayBuffer) };
    });
    return { kind: 'post', posts };
  }

  private merge(): McStep {
    const merged: Result<McResult, string> = mergeMonteCarlo(
      this.prepared,
      { draws: this.draws, seed: this.seed },
      this.parts as McPart[],
      this.found as McChunkQuantiles[],
    );
    return merged.ok
      ? { kind: 'done', result: merged.value }
      : { kind: 'error', message: merged.error };
  }
}
