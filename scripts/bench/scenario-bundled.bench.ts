/**
 * The same two measures as scenario.bench.ts, on the bundled data: every city with a 2025 and with
 * a 2023 (yearbook) baseline, with the exposure profiles the app ships and the proxy chain filling
 * every share (so each city draws its stand-in shares and borrowed split in the Monte Carlo).
 * Baseline for the ratio: the synthetic 340-entity case measured in this run.
 *
 *   npx tsx scripts/bench/scenario-bundled.bench.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, ReferenceTables } from '../../core/model';
import { medianTime } from './figures';
import {
  createResult,
  recompute,
  type ExposureFile,
  runMonteCarlo,
  type McRange,
  type ScenarioSpec,
  prepareRun,
  DEFAULT_ELASTICITIES,
  compileShocks,
  synthProfiles,
} from '../../core/scenario';

const resources = join(import.meta.dirname, '../../resources');
const read = <T>(rel: string): T => JSON.parse(readFileSync(join(resources, rel), 'utf8')) as T;
const dataset = read<Dataset>('data/dataset.json');
const reference = read<ReferenceTables>('reference/entities.json');
const exposure = read<ExposureFile>('data/exposure.json');

const spec: ScenarioSpec = {
  shocks: [
    { dimension: 'partner', category: 'us', flow: 'exports', pct: -20 },
    { dimension: 'trade_mode', category: 'processing', flow: 'both', pct: -15 },
  ],
  elasticities: { ...DEFAULT_ELASTICITIES },
};
const ranges: McRange[] = [
  { param: 'partner:us:exports', min: -30, max: -10, distribution: 'triangular', mode: -20 },
  { param: 'trade_mode:processing:both', min: -25, max: -5, distribution: 'uniform' },
];
const AIM_MS = 200;

/** One untimed call, then the median of `runs`. */
const time = (runs: number, f: () => void): number => medianTime(runs, 1, f);

const synthetic = synthProfiles(340, 11).prepared;
const compiled = compileShocks(spec.shocks, spec.elasticities);
const synthResult = createResult(synthetic);
const recomputeSynth = time(200, () => recompute(synthetic, compiled, synthResult));
const mcSynth = time(3, () => runMonteCarlo(synthetic, spec, ranges, { draws: 10_000 }));

for (const year of [2025, 2023]) {
  const prepare = () =>
    prepareRun({ dataset, reference, exposure, overrides: [], year, level: 'city' });
  const run = prepare();
  const prepareMs = time(5, prepare);
  const result = createResult(run.prepared);
  const recomputeReal = time(200, () => recompute(run.prepared, compiled, result));
  const mcReal = time(5, () => runMonteCarlo(run.prepared, spec, ranges, { draws: 10_000 }));
  const held = time(3, () =>
    runMonteCarlo(run.prepared, spec, ranges, { draws: 10_000, standIns: false }),
  );
  console.log(`Bundled data, ${year} cities: ${run.prepared.n} with a baseline`);
  console.log(
    `  prepare (profiles, proxy chain, splits, Rankings ranks) ${prepareMs.toFixed(1)} ms`,
  );
  console.log(
    `  recompute ${recomputeReal.toFixed(4)} ms (median of 200)   vs 340 synthetic ` +
      `${recomputeSynth.toFixed(4)} ms   budget 0.5 ms: ${recomputeReal <= 0.5 ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  Monte Carlo 10000 draws, stand-ins drawn ${mcReal.toFixed(1)} ms (median of 5), held ` +
      `${held.toFixed(1)} ms   vs 340 synthetic ${mcSynth.toFixed(1)} ms   aim ${AIM_MS} ms: ` +
      `${mcReal <= AIM_MS ? 'met' : 'missed'}`,
  );
}
