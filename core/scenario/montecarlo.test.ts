import { describe, expect, it } from 'vitest';
import { evaluateValue } from './evaluate';
import {
  chunkQuantiles,
  entityChunks,
  mergeMonteCarlo,
  monteCarloParts,
  percentile,
  runMonteCarlo,
  runMonteCarloPart,
  splitDraws,
  type McPart,
  type McRange,
} from './montecarlo';
import {
  answerMonteCarlo,
  McRunPlan,
  monteCarloRequests,
  type McWorkerMessage,
} from './montecarlo-run';
import type { ScenarioSpec } from './params';
import { mulberry32, mulberry32At, triangular } from './prng';
import { DEFAULT_ELASTICITIES } from './shocks';
import { compileShocks } from './slots';
import { synthBaseline, synthPrepared, synthProfile, synthProfiles, synthSplit } from './synth';

// A: exports 1000 (30% to the US); B: exports 500, no US trade; C: a total only, no split.
const prepared = synthPrepared(
  synthBaseline({
    A: { exports: 1000, imports: 0 },
    B: { exports: 500, imports: 0 },
    C: { total: 800 },
  }),
  [
    synthProfile('A', [['partner', 'export', { us: 30 }]]),
    synthProfile('B', [['partner', 'export', { us: 0 }]]),
    synthProfile('C', [['partner', 'total', { us: 10 }]]),
  ],
);
const spec: ScenarioSpec = {
  shocks: [{ dimension: 'partner', category: 'us', flow: 'exports', pct: -20 }],
  elasticities: DEFAULT_ELASTICITIES,
};
const usRange: McRange = {
  param: 'partner:us:exports',
  min: -30,
  max: -10,
  distribution: 'uniform',
};

describe('prng', () => {
  it('is reproducible and uniform enough', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('jumps ahead to where the generator would be after any count of numbers', () => {
    const a = mulberry32(11);
    const xs = Array.from({ length: 1000 }, () => a());
    const b = mulberry32At(11, 737);
    expect([b(), b()]).toEqual(xs.slice(737, 739));
  });

  it('draws triangular values with mean (a + b + c) / 3', () => {
    const r = mulberry32(3);
    const xs = Array.from({ length: 20_000 }, () => triangular(r(), -30, -10, -25));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeCloseTo(-65 / 3, 0);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-30);
    expect(Math.max(...xs)).toBeLessThanOrEqual(-10);
  });

  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 0.05), percentile(sorted, 0.5), percentile(sorted, 0.95)]).toEqual([
      5, 50, 95,
    ]);
  });
});

describe('runMonteCarlo', () => {
  it('gives the same result for the same seed, and another for another seed', () => {
    const one = runMonteCarlo(prepared, spec, [usRange], {
      draws: 2000,
      seed: 42,
      measure: 'exports',
    });
    const two = runMonteCarlo(prepared, spec, [usRange], {
      draws: 2000,
      seed: 42,
      measure: 'exports',
    });
    const other = runMonteCarlo(prepared, spec, [usRange], {
      draws: 2000,
      seed: 43,
      measure: 'exports',
    });
    expect(one).toEqual(two);
    expect(one.ok && other.ok && one.value.entities[0]!.value!.p50).not.toBe(
      other.ok && other.value.entities[0]!.value!.p50,
    );
  });

  it('puts percentiles where the linear model says', () => {
    // exports of A = 1000 × (1 + 0.3g), g uniform on [−30%, −10%]: the q-quantile of g is
    // −30 + 20q, so p5 ≈ 1000 × (1 − 0.3 × 0.29) = 913, p50 ≈ 940, p95 ≈ 967.
    const r = runMonteCarlo(prepared, spec, [usRange], {
      draws: 10_000,
      seed: 1,
      measure: 'exports',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [a, b, c] = r.value.entities;
    expect(a!.value!.p5).toBeCloseTo(913, -0.5);
    expect(a!.value!.p50).toBeCloseTo(940, -0.5);
    expect(a!.value!.p95).toBeCloseTo(967, -0.5);
    expect(a!.pointDraws).toBe(10_000);
    // B is not exposed: always 500 and always second (A stays ≥ 910).
    expect(b!.value).toEqual({ p5: 500, p50: 500, p95: 500 });
    expect(a!.rank).toEqual({ p5: 1, p50: 1, p95: 1 });
    expect(b!.rank).toEqual({ p5: 2, p50: 2, p95: 2 });
    // C has no exports figure at all.
    expect(c!.value).toBeNull();
  });

  it('leaves a total with only a range out of the percentiles', () => {
    const r = runMonteCarlo(prepared, spec, [usRange], { draws: 100, seed: 1 });
    expect(r.ok && r.value.entities[2]).toMatchObject({ pointDraws: 0, value: null, rank: null });
  });

  it('rejects bad ranges with a message', () => {
    const bad = (range: McRange) => {
      const r = runMonteCarlo(prepared, spec, [range], { draws: 10 });
      return r.ok ? '' : r.error;
    };
    expect(bad({ ...usRange, min: 5, max: -5 })).toContain('min must not exceed max');
    expect(bad({ ...usRange, param: 'partner:mars:exports' })).toContain("unknown category 'mars'");
    expect(bad({ ...usRange, distribution: 'triangular', mode: 50 })).toContain(
      'mode 50 is outside',
    );
    expect(bad({ ...usRange, min: -150 })).toContain('outside -100');
  });

  it('draws stand-in shares within their ranges: no certainty where a share is borrowed', () => {
    // S: exports 1000, its US share only national (10%, ×0.5–×1.5): with the shock fixed at
    // −20%, exports lie in 1000 × (1 − [0.05, 0.15] × 0.2) = 970…990, uniform around 980.
    // T: a total of 1000 with a borrowed split 0.5 (×0.8–×1.2) and its own 2025 US share 20%.
    const p = synthPrepared(
      synthBaseline({ S: { exports: 1000, imports: 0 }, T: { total: 1000 } }),
      [
        synthProfile('100000', [['partner', 'export', { us: 10 }]]),
        synthProfile('T', [['partner', 'export', { us: 20 }]]),
      ],
      { splits: { T: synthSplit(0.5) } },
    );
    const r = runMonteCarlo(p, spec, [], { draws: 10_000, seed: 5 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [s, t] = r.value.entities;
    expect(s!.value!.p5).toBeCloseTo(971, 0);
    expect(s!.value!.p50).toBeCloseTo(980, 0);
    expect(s!.value!.p95).toBeCloseTo(989, 0);
    // T: 1000 − 1000 × w × 0.04, w uniform on 0.4…0.6 → 976…984.
    expect(t!.value!.p5).toBeCloseTo(976.4, 0);
    expect(t!.value!.p95).toBeCloseTo(983.6, 0);
    // The two overlap, so neither holds its rank in every draw.
    expect(s!.rank!.p5).toBe(1);
    expect(s!.rank!.p95).toBe(2);
    const fixed = runMonteCarlo(p, spec, [], { draws: 10, seed: 5, standIns: false });
    expect(fixed.ok && fixed.value.entities[0]!.value).toEqual({ p5: 980, p50: 980, p95: 980 });
  });

  it('draws what evaluateValue computes when stand-ins are held (the kernel and the engine agree)', () => {
    const { prepared: big } = synthProfiles(60, 9);
    const full: ScenarioSpec = {
      shocks: [
        { dimension: 'partner', category: 'us', flow: 'exports', pct: -20 },
        { dimension: 'product', category: 'high_tech', flow: 'exports', pct: -5 },
        { dimension: 'trade_mode', category: 'processing', flow: 'both', pct: -15 },
        { dimension: 'import_commodity', category: 'iron_ore', flow: 'imports', pct: 10 },
      ],
      elasticities: { ...DEFAULT_ELASTICITIES, processingImportContent: 0.4 },
    };
    const c = compileShocks(full.shocks, full.elasticities);
    for (const measure of ['total', 'exports', 'imports'] as const) {
      const r = runMonteCarlo(big, full, [], { draws: 1, measure, standIns: false });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      r.value.entities.forEach((e, i) => {
        const v = evaluateValue(big, c, i, measure);
        if (Number.isNaN(v)) expect(e.value).toBeNull();
        // Draws are stored as 32-bit floats: equal to about seven digits.
        else expect(Math.abs(e.value!.p50 - v)).toBeLessThanOrEqual(Math.abs(v) * 1e-6);
      });
    }
  });

  it('reports progress without changing the result', () => {
    const seen: number[] = [];
    const a = runMonteCarlo(prepared, spec, [usRange], { draws: 1000, seed: 3 });
    const b = runMonteCarlo(prepared, spec, [usRange], {
      draws: 1000,
      seed: 3,
      progressEvery: 250,
      onProgress: (done) => seen.push(done),
    });
    expect(seen).toEqual([250, 500, 750, 1000]);
    expect(b).toEqual(a);
  });
});

describe('a Monte Carlo split into parts (a worker pool)', () => {
  const { prepared: big } = synthProfiles(40, 4);
  const wide: ScenarioSpec = {
    shocks: [
      { dimension: 'partner', category: 'us', flow: 'exports', pct: -20 },
      { dimension: 'trade_mode', category: 'processing', flow: 'both', pct: -10 },
    ],
    elasticities: { ...DEFAULT_ELASTICITIES, processingImportContent: 0.4 },
  };
  const ranges: McRange[] = [
    { param: 'partner:us:exports', min: -30, max: -10, distribution: 'triangular', mode: -20 },
    { param: 'elasticity:priceElasticity', min: -0.3, max: 0, distribution: 'uniform' },
  ];

  it('gives exactly the one-run result, stand-ins drawn, whatever the split and its order', () => {
    const opts = { draws: 997, seed: 9 };
    const whole = runMonteCarlo(big, wide, ranges, opts);
    expect(whole.ok).toBe(true);
    for (const k of [2, 3, 5]) {
      const parts = splitDraws(997, k).map(([from, count]) => {
        const part = runMonteCarloPart(big, wide, ranges, opts, from, count, k);
        if (!part.ok) throw new Error(part.error);
        return part.value;
      });
      expect(parts[0]?.values).toHaveLength(k);
      expect(mergeMonteCarlo(big, opts, [...parts].reverse())).toEqual(whole);
      // The chunks' percentiles found apart (as the workers do) give the same result.
      const quantiles = entityChunks(big.n, k).map(([, entities], c) =>
        chunkQuantiles(
          parts.map((part) => part.values[c] as Float32Array),
          parts.map((part) => part.count),
          entities,
        ),
      );
      expect(mergeMonteCarlo(big, opts, parts, quantiles)).toEqual(whole);
    }
  });

  it('keeps the draws of a seed: the numbers below were computed before any speed-up', () => {
    // Any change to the generator, the order numbers are taken in, or the arithmetic of a draw
    // changes these; a faster kernel must give exactly them.
    const pinned = {
      total: {
        first: [
          [28135.0625, 28571.490234375, 28846.57421875, 6, 6, 6],
          [40397.125, 40701.91796875, 40975.15625, 1, 1, 1],
          [2375.737060546875, 2387.34228515625, 2397.746337890625, 37, 37, 37],
        ],
        sum: 7870940.814483643,
        ranks: 9074,
      },
      exports: {
        first: [
          null,
          [17242.724609375, 17513.345703125, 17753.330078125, 2, 2, 3],
          [1215.638671875, 1226.6163330078125, 1236.3511962890625, 31, 31, 31],
        ],
        sum: 3673884.5461654663,
        ranks: 5861,
      },
      imports: {
        first: [
          null,
          [23163.521484375, 23183.810546875, 23201.80078125, 1, 1, 1],
          [1160.4456787109375, 1160.544677734375, 1160.632568359375, 30, 30, 30],
        ],
        sum: 3048422.2582473755,
        ranks: 5814,
      },
    };
    for (const measure of ['total', 'exports', 'imports'] as const) {
      const r = runMonteCarlo(big, wide, ranges, { draws: 997, seed: 9, measure });
      if (!r.ok) throw new Error(r.error);
      const entities = r.value.entities;
      const row = (e: (typeof entities)[number]) =>
        e.value && e.rank
          ? [e.value.p5, e.value.p50, e.value.p95, e.rank.p5, e.rank.p50, e.rank.p95]
          : null;
      let sum = 0;
      let ranks = 0;
      for (const e of entities) {
        if (e.value) sum += e.value.p5 + e.value.p50 * 3 + e.value.p95 * 7;
        if (e.rank) ranks += e.rank.p5 + e.rank.p50 * 3 + e.rank.p95 * 7;
      }
      expect(entities.slice(0, 3).map(row)).toEqual(pinned[measure].first);
      expect(sum).toBe(pinned[measure].sum);
      expect(ranks).toBe(pinned[measure].ranks);
    }
  });

  it('refuses parts that do not cover the run or leave it', () => {
    const opts = { draws: 100, seed: 1 };
    const part = runMonteCarloPart(big, wide, ranges, opts, 0, 60);
    expect(part.ok).toBe(true);
    expect(mergeMonteCarlo(big, opts, [(part as { value: McPart }).value]).ok).toBe(false);
    expect(runMonteCarloPart(big, wide, ranges, opts, 60, 41).ok).toBe(false);
  });

  it('splits only where each part keeps 2,000 draws, one per core, at most four', () => {
    expect(monteCarloParts(10_000, 2)).toBe(2);
    expect(monteCarloParts(10_000, 16)).toBe(4);
    expect(monteCarloParts(3000, 8)).toBe(1);
    expect(monteCarloParts(100_000, 1)).toBe(1);
    expect(splitDraws(10, 3)).toEqual([
      [0, 4],
      [4, 3],
      [7, 3],
    ]);
  });

  it('asks each worker of a pool for one part, the layout posted without its objects', () => {
    const requests = monteCarloRequests(big, wide, ranges, 9000, 7, 3);
    expect(requests.map((r) => [r.from, r.count])).toEqual([
      [0, 3000],
      [3000, 3000],
      [6000, 3000],
    ]);
    for (const r of requests) {
      expect(r).toMatchObject({ type: 'run', spec: wide, ranges, draws: 9000, seed: 7 });
      expect(r.prepared.slotShares).toEqual([]);
      expect(r.prepared.splits).toEqual([]);
      expect(r.prepared.n).toBe(big.n);
    }
    const parts = requests.map((r) => {
      const part = runMonteCarloPart(
        r.prepared,
        r.spec,
        r.ranges,
        { draws: r.draws, seed: r.seed },
        r.from,
        r.count,
        r.chunks,
      );
      if (!part.ok) throw new Error(part.error);
      return part.value;
    });
    expect(mergeMonteCarlo(big, { draws: 9000, seed: 7 }, parts)).toEqual(
      runMonteCarlo(big, wide, ranges, { draws: 9000, seed: 7 }),
    );
  });

  it('runs across workers step by step: parts, each chunk’s percentiles, the merge', () => {
    const plan = new McRunPlan(big, wide, ranges, 6000, 7, 3);
    expect(plan.requests.map((r) => [r.from, r.count, r.chunks])).toEqual([
      [0, 2000, 3],
      [2000, 2000, 3],
      [4000, 2000, 3],
    ]);
    // Each worker answers synchronously; replies are fed back last worker first.
    const inbox: [number, McWorkerMessage][] = [];
    const ask = (k: number, request: Parameters<typeof answerMonteCarlo>[0]) =>
      answerMonteCarlo(request, (message) => {
        if (message.type !== 'progress') inbox.push([k, message]);
      });
    plan.requests.forEach((r, k) => ask(k, r));
    let result = null;
    const kinds: string[] = [];
    while (inbox.length > 0) {
      const [k, message] = inbox.pop() as [number, McWorkerMessage];
      const step = plan.receive(k, message);
      kinds.push(step.kind === 'progress' ? `progress ${step.fraction.toFixed(3)}` : step.kind);
      if (step.kind === 'post') for (const p of step.posts) ask(p.worker, p.request);
      if (step.kind === 'done') result = step.result;
    }
    // A part that arrives before the others moves the progress to its full share of the draws.
    expect(kinds).toEqual(['progress 0.333', 'progress 0.667', 'post', 'wait', 'wait', 'done']);
    expect(result).toEqual(
      (runMonteCarlo(big, wide, ranges, { draws: 6000, seed: 7 }) as { value: unknown }).value,
    );
  });

  it('passes a worker’s error on as the run’s error', () => {
    const bad: McRange[] = [
      { param: 'partner:us:exports', min: 5, max: -5, distribution: 'uniform' },
    ];
    const plan = new McRunPlan(big, wide, bad, 4000, 7, 2);
    let step = null;
    answerMonteCarlo(plan.requests[0]!, (message) => (step = plan.receive(0, message)));
    expect(step).toEqual({
      kind: 'error',
      message: expect.stringMatching(/min must not exceed max/),
    });
  });
});
