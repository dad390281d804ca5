import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_ELASTICITIES,
  answerMonteCarlo,
  runMonteCarlo,
  synthProfiles,
  type McRange,
  type McWorkerMessage,
  type McWorkerRequest,
  type ScenarioSpec,
} from '../../core/scenario';
import { holdMonteCarloWorkers, runMonteCarloPool } from './montecarlo-pool';

/** A Web Worker that runs montecarlo.worker.ts's handler on the next tick. */
class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((e: { data: McWorkerMessage }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  terminated = false;
  runs = 0;
  /** Entity chunks whose percentiles it was asked for. */
  chunks = 0;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(r: McWorkerRequest): void {
    if (r.type === 'run') this.runs++;
    else this.chunks++;
    setTimeout(() =>
      answerMonteCarlo(r, (data) => {
        if (!this.terminated) this.onmessage?.({ data });
      }),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

const { prepared } = synthProfiles(40, 3);
const spec: ScenarioSpec = {
  shocks: [{ dimension: 'partner', category: 'us', flow: 'exports', pct: -20 }],
  elasticities: { ...DEFAULT_ELASTICITIES },
};
const ranges: McRange[] = [
  { param: 'partner:us:exports', min: -30, max: -10, distribution: 'uniform' },
];

const live = () => FakeWorker.all.filter((w) => !w.terminated);

beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
});
afterEach(() => vi.unstubAllGlobals());

describe('Monte Carlo pool', () => {
  it('merges its parts into exactly the one-run result, with progress up to 1', async () => {
    const progress: number[] = [];
    const run = runMonteCarloPool(prepared, spec, ranges, 4000, 7, (f) => progress.push(f));
    const single = runMonteCarlo(prepared, spec, ranges, { draws: 4000, seed: 7 });
    expect(await run.result).toEqual(single.ok && single.value);
    expect(FakeWorker.all).toHaveLength(2);
    // Each worker drew a part, then found the percentiles of one half of the entities.
    expect(FakeWorker.all.map((w) => [w.runs, w.chunks])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
    // Nobody holds the pool: the run's workers end with it.
    expect(live()).toHaveLength(0);
  });

  it('held, starts its workers at once and reuses them run after run', async () => {
    const release = holdMonteCarloWorkers();
    expect(live()).toHaveLength(2);
    const first = await runMonteCarloPool(prepared, spec, ranges, 4000, 7).result;
    const again = await runMonteCarloPool(prepared, spec, ranges, 4000, 7).result;
    expect(again).toEqual(first);
    expect(FakeWorker.all).toHaveLength(2);
    expect(FakeWorker.all.map((w) => w.runs)).toEqual([2, 2]);
    expect(live()).toHaveLength(2);
    release();
    expect(live()).toHaveLength(0);
  });

  it('cancelled, ends its busy workers and, while held, starts fresh ones', async () => {
    const release = holdMonteCarloWorkers();
    const run = runMonteCarloPool(prepared, spec, ranges, 4000, 7);
    const busy = [...FakeWorker.all];
    run.cancel();
    expect(busy.every((w) => w.terminated)).toBe(true);
    expect(live()).toHaveLength(2);
    const next = await runMonteCarloPool(prepared, spec, ranges, 4000, 8).result;
    expect(next.seed).toBe(8);
    release();
    expect(live()).toHaveLength(0);
  });

  it('rejects with the worker’s error and ends the run’s workers', async () => {
    const release = holdMonteCarloWorkers();
    const bad: McRange[] = [
      { param: 'partner:us:exports', min: 5, max: -5, distribution: 'uniform' },
    ];
    await expect(runMonteCarloPool(prepared, spec, bad, 4000, 7).result).rejects.toThrow(
      /min must not exceed max/,
    );
    expect(live()).toHaveLength(2);
    release();
  });
});
