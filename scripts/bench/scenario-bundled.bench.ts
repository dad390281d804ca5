/**
 * The same two measures as scenario.bench.ts, on the bundled data instead of synthetic profiles:
 * the 2025 city baselines and exposure profiles the app ships. Baseline for the ratio: the
 * synthetic 340-entity case measured in this run, so the figure says how much the real (sparse)
 * data costs relative to the worst case the engine is sized for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, ReferenceTables } from '../../core/model';
import { createResult, prepareScenario, recompute } from '../../core/scenario/engine';
import type { ExposureFile } from '../../core/scenario/exposure-file';
import { runMonteCarlo, type McRange } from '../../core/scenario/montecarlo';
import type { ScenarioSpec } from '../../core/scenario/params';
import { prepareRun } from '../../core/scenario/run';
import { DEFAULT_ELASTICITIES } from '../../core/scenario/shocks';
import { compileShocks } from '../../core/scenario/slots';
import { synthProfiles } from '../../core/scenario/synth';

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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}
function time(runs: number, f: () => void): number {
  f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const run = prepareRun({
  dataset,
  entities: reference.entities,
  exposure,
  overrides: [],
  year: 2025,
  level: 'city',
});
const synth = synthProfiles(340, 11);
const synthetic = prepareScenario(synth.baseline, synth.profiles);
const compiled = compileShocks(spec.shocks, spec.elasticities);
const result = createResult(run.prepared);
const synthResult = createResult(synthetic);

const recomputeReal = time(200, () => recompute(run.prepared, compiled, result));
const recomputeSynth = time(200, () => recompute(synthetic, compiled, synthResult));
const mcReal = time(5, () => runMonteCarlo(run.prepared, spec, ranges, { draws: 10_000 }));
const mcSynth = time(3, () => runMonteCarlo(synthetic, spec, ranges, { draws: 10_000 }));

console.log(`Bundled data, 2025 cities: ${run.prepared.n} entities with a baseline`);
console.log(
  `  recompute ${recomputeReal.toFixed(4)} ms (median of 200)   vs 340 synthetic ` +
    `${recomputeSynth.toFixed(4)} ms   ratio ×${(recomputeSynth / recomputeReal).toFixed(1)}`,
);
console.log(
  `  Monte Carlo 10000 draws ${mcReal.toFixed(1)} ms (median of 5)   vs 340 synthetic ` +
    `${mcSynth.toFixed(1)} ms   ratio ×${(mcSynth / mcReal).toFixed(1)}   aim 200 ms: ` +
    `${mcReal <= 200 ? 'met' : 'missed'} (bundled)`,
);
