/**
 * Benchmark of the scenario engine: one recompute for ~340 entities (budget ≤ 0.5 ms median) and a
 * 10,000-draw Monte Carlo, each against a naive object-based implementation of the same formula
 * measured in the same run (the baseline). Synthesised profiles (some shares from the national
 * stand-in, some totals with a borrowed split), so the numbers do not depend on how much of the
 * bundled data has shares.
 *
 *   npx tsx scripts/bench/scenario.bench.ts
 */
import {
  createResult,
  recompute,
  runMonteCarlo,
  compileShocks,
  synthProfiles,
} from '../../core/scenario';
import { BENCH_RANGES, BENCH_SPEC } from './node-figures';
import { naiveMonteCarlo, naiveRecompute, toNaive } from './naive-scenario';
import { medianTime } from './figures';

const ENTITIES = 340;
const RECOMPUTES = 200;
const MC_RUNS = 5;
/** The naive Monte Carlo takes about a minute a run, so it runs once. */
const MC_NAIVE_RUNS = 1;
const MC_DRAWS = 10_000;

const time = medianTime;

// One scenario for every scenario figure (node-figures.ts measures the same for --json).
const spec = BENCH_SPEC;
const ranges = BENCH_RANGES;

const { prepared } = synthProfiles(ENTITIES, 11);
const compiled = compileShocks(spec.shocks, spec.elasticities);
const result = createResult(prepared);
const naive = toNaive(prepared);

// The two implementations must agree before their speed means anything.
recompute(prepared, compiled, result);
const check = naiveRecompute(naive, spec);
let maxDiff = 0;
check.forEach((row, i) => {
  maxDiff = Math.max(maxDiff, Math.abs(row.total - (result.total.scenario[i] as number)));
  if (row.newRank !== result.total.newRank[i]) throw new Error(`rank differs for ${row.code}`);
});
if (maxDiff > 1e-6) throw new Error(`naive and engine totals differ by ${maxDiff}`);

const fast = time(RECOMPUTES, 500, () => recompute(prepared, compiled, result));
const slow = time(RECOMPUTES, 50, () => naiveRecompute(naive, spec));
console.log(`Recompute, ${ENTITIES} entities (values + 3 rankings), median of ${RECOMPUTES}:`);
console.log(
  `  engine (typed arrays) ${fast.toFixed(4)} ms   naive (objects) ${slow.toFixed(4)} ms   ` +
    `speed-up ×${(slow / fast).toFixed(1)}   budget 0.5 ms: ${fast <= 0.5 ? 'met' : 'MISSED'}`,
);

let mcResult: ReturnType<typeof runMonteCarlo> | null = null;
// The naive baseline draws the parameters only; the engine's like-for-like run holds stand-ins.
const mc = time(MC_RUNS, 1, () => {
  mcResult = runMonteCarlo(prepared, spec, ranges, { draws: MC_DRAWS, seed: 42, standIns: false });
});
const mcStandIns = time(MC_RUNS, 1, () => {
  runMonteCarlo(prepared, spec, ranges, { draws: MC_DRAWS, seed: 42 });
});
let naiveResult: ReturnType<typeof naiveMonteCarlo> = [];
const mcNaive = time(MC_NAIVE_RUNS, 0, () => {
  naiveResult = naiveMonteCarlo(naive, spec, ranges, MC_DRAWS, 42);
});
// Same seed, same draw order: medians must match (the engine stores draws as float32).
const engineMc = mcResult as ReturnType<typeof runMonteCarlo> | null;
if (!engineMc?.ok) throw new Error(engineMc ? engineMc.error : 'no Monte Carlo result');
naiveResult.forEach((row, i) => {
  const e = engineMc.value.entities[i];
  if (
    !e?.value ||
    Math.abs(e.value.p50 - row.p50) > 1e-3 * Math.abs(row.p50) ||
    e.rank?.p50 !== row.rankP50
  ) {
    throw new Error(`Monte Carlo medians differ for ${row.code}`);
  }
});
console.log(`Monte Carlo, ${MC_DRAWS} draws × ${ENTITIES} entities (value + rank percentiles):`);
console.log(
  `  engine ${mc.toFixed(1)} ms (median of ${MC_RUNS})   naive ${mcNaive.toFixed(1)} ms ` +
    `(${MC_NAIVE_RUNS} run)   speed-up ×${(mcNaive / mc).toFixed(1)}`,
);
console.log(
  `  engine drawing every stand-in share and split too: ${mcStandIns.toFixed(1)} ms ` +
    `(×${(mcStandIns / mc).toFixed(2)} the run that holds them)`,
);
