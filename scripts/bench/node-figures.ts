/**
 * The figures measured in Node: the scenario recompute and Monte Carlo on 340 synthetic cities,
 * the dataset load, and a 100k-row CSV dry-run import with the built CLI against PapaParse
 * (each in a fresh process, interleaved, with its peak memory).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Entity } from '../../core/model';
import { createResult, recompute } from '../../core/scenario';
import type { McRange } from '../../core/scenario';
import type { ScenarioSpec } from '../../core/scenario';
import { DEFAULT_ELASTICITIES } from '../../core/scenario';
import { compileShocks } from '../../core/scenario';
import { synthProfiles } from '../../core/scenario';
import { openStore } from '../../electron/services/store';
import { median, ratioFigure, timeSamples, valueFigure, type Report } from './figures';
import { longCsv } from './import-files';
import { McAppPool, runMonteCarloCold } from './mc-app';

const repo = resolve(import.meta.dirname, '../..');
const resources = join(repo, 'resources');

/** The scenario of scenario.bench.ts: seven shocks, four ranged parameters. */
export const BENCH_SPEC: ScenarioSpec = {
  shocks: [
    { dimension: 'partner', category: 'us', flow: 'exports', pct: -20 },
    { dimension: 'partner', category: 'eu', flow: 'exports', pct: -10 },
    { dimension: 'trade_mode', category: 'processing', flow: 'both', pct: -15 },
    { dimension: 'product', category: 'mech_elec', flow: 'exports', pct: -5 },
    { dimension: 'product', category: 'new_three', flow: 'exports', pct: 15 },
    { dimension: 'import_commodity', category: 'crude_oil', flow: 'imports', pct: -20 },
    { dimension: 'import_commodity', category: 'iron_ore', flow: 'imports', pct: -20 },
  ],
  elasticities: { ...DEFAULT_ELASTICITIES, processingImportContent: 0.4 },
};
export const BENCH_RANGES: McRange[] = [
  { param: 'partner:us:exports', min: -30, max: -10, distribution: 'triangular', mode: -20 },
  { param: 'partner:eu:exports', min: -15, max: -5, distribution: 'uniform' },
  { param: 'trade_mode:processing:both', min: -25, max: -5, distribution: 'uniform' },
  { param: 'elasticity:priceElasticity', min: -0.3, max: 0, distribution: 'uniform' },
];

export async function scenarioFigures(reps: number): Promise<Report> {
  const { prepared } = synthProfiles(340, 11);
  const compiled = compileShocks(BENCH_SPEC.shocks, BENCH_SPEC.elasticities);
  const result = createResult(prepared);
  const recomputes = timeSamples(200, 500, () => recompute(prepared, compiled, result));
  const mc: number[] = [];
  // The scenario view's warm pool (mc-app.ts): started before the runs, reused by each.
  const pool = new McAppPool();
  try {
    for (let i = -1; i < reps; i++) {
      const t0 = performance.now();
      await pool.run(prepared, BENCH_SPEC, BENCH_RANGES, 10_000, 42);
      if (i >= 0) mc.push(performance.now() - t0);
    }
  } finally {
    await pool.close();
  }
  // For the note: the first run after the view mounted (workers started and loaded a moment
  // before, their code not yet compiled for the draws), and a run in workers started for it.
  const first: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < reps; i++) {
    const fresh = new McAppPool();
    await new Promise((r) => setTimeout(r, 300));
    let t0 = performance.now();
    await fresh.run(prepared, BENCH_SPEC, BENCH_RANGES, 10_000, 42);
    first.push(performance.now() - t0);
    await fresh.close();
    t0 = performance.now();
    await runMonteCarloCold(prepared, BENCH_SPEC, BENCH_RANGES, 10_000, 42);
    cold.push(performance.now() - t0);
  }
  const med = (xs: number[]) => Math.round(median(xs));
  return {
    scenario_recompute_ms: valueFigure('scenario_recompute_ms', 'ms', recomputes),
    montecarlo_10k_ms: valueFigure(
      'montecarlo_10k_ms',
      'ms',
      mc,
      'stand-ins drawn, run the way the app runs it (mc-app.ts): a Run press with the ' +
        `scenario view's workers warm; first run after the view opens ${med(first)} ms, ` +
        `in workers started for the run ${med(cold)} ms`,
    ),
  };
}

export async function datasetLoadFigure(reps: number): Promise<Report> {
  const times: number[] = [];
  for (let i = -1; i < reps; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-data-'));
    const t0 = performance.now();
    const store = await openStore(dataDir, resources);
    store.workingData();
    if (i >= 0) times.push(performance.now() - t0);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { dataset_load_ms: valueFigure('dataset_load_ms', 'ms', times) };
}

interface Timed {
  ms: number;
  rssMb: number;
}
function timedNode(args: string[]): Timed {
  const rss = join(import.meta.dirname, 'rss-report.mjs');
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', rss, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  const kb = /BENCH_MAX_RSS_KB=(\d+)/.exec(run.stderr)?.[1];
  if ((run.status !== 0 && run.status !== 3) || !kb) {
    throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.slice(-2000)}`);
  }
  return { ms, rssMb: Number(kb) / 1024 };
}

/** Figures in the CLI's JSON report. */
function figureCount(stdout: string): number {
  const report = JSON.parse(stdout) as { figures?: unknown[] };
  return report.figures?.length ?? 0;
}

export function importFigures(reps: number): Report {
  const cli = join(repo, 'out/cli/atlas.mjs');
  const entities = (
    JSON.parse(readFileSync(join(resources, 'reference/entities.json'), 'utf8')) as {
      entities: Entity[];
    }
  ).entities;
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-import-'));
  try {
    const file = join(dir, 'long-100k.csv');
    writeFileSync(
      file,
      longCsv(
        entities.filter((e) => e.level === 'city'),
        100_000,
      ),
    );
    const dataDir = join(dir, 'data');
    // The CLI on an empty data folder (the bundled data, as a first import sees it). Exit 3
    // (problems left, e.g. the repeated years of the file's tail) is a finished dry run too.
    const args = [cli, 'import', file, '--dry-run', '--format', 'json', '--data', dataDir];
    const check = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const figures = check.status === 0 || check.status === 3 ? figureCount(check.stdout) : -1;
    if (figures !== 100_000) {
      throw new Error(`the dry run read ${figures} figures, not 100,000: ${check.stderr}`);
    }
    const app: Timed[] = [];
    const base: Timed[] = [];
    const papa = join(import.meta.dirname, 'baseline/papaparse-cli.mjs');
    for (let i = -1; i < reps; i++) {
      const a = timedNode(args);
      const b = timedNode([papa, file]);
      if (i >= 0) {
        app.push(a);
        base.push(b);
      }
    }
    return {
      import_100k_ratio: ratioFigure(
        'import_100k_ratio',
        app.map((t) => t.ms),
        base.map((t) => t.ms),
        'both in a fresh Node process: `atlas import FILE --dry-run` vs read + PapaParse',
      ),
      import_100k_peak_mb: valueFigure(
        'import_100k_peak_mb',
        'MB',
        app.map((t) => t.rssMb),
        `peak RSS of the CLI process (PapaParse alone: ${Math.round(Math.max(...base.map((t) => t.rssMb)))} MB)`,
      ),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
