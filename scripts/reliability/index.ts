/**
 * `npm run test:reliability`: what a hostile file, a second writer or a killed process does, at
 * scale, in a few minutes. It ends with one line per figure:
 *
 *   crash-trials N corrupt 0                 SIGKILLed writers (some two at once); store intact
 *   concurrent-pairs N lost 0                two `atlas import` processes at once; both commits kept
 *   fuzz-inputs N uncaught 0 slowest-ms X peak-mb Y   mutated CSV/TSV/XLSX imports and scenario files
 *   external 0                               requests Chromium made outside the app
 *
 * and exits 1 if any figure is not 0 or any input was slow, too big, or accepted while absurd
 * (listed above the figures). RELIABILITY_SCALE=0.1 runs a tenth of everything, for development.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  runCrashTrials,
  type CrashTrialsResult,
  makeStoreDirs,
} from '../../electron/services/store';
import { bundleForNode } from './bundle';
import { runConcurrentImports } from './concurrent-imports';
import { runFuzz, type FuzzResult } from './fuzz';
import { runHarnessProbes } from './harness-probes';

const repoRoot = resolve(import.meta.dirname, '../..');
const scale = Number(process.env.RELIABILITY_SCALE ?? 1);
const n = (count: number) => Math.max(1, Math.round(count * scale));
const resourcesDir = join(repoRoot, 'resources');
const cli = join(repoRoot, 'out/cli/atlas.mjs');
const rendererDir = join(repoRoot, 'out/renderer');

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const say = (line: string) => console.log(`reliability: ${line} (${elapsed()})`);

if (!existsSync(cli) || !existsSync(join(rendererDir, 'index.html'))) {
  say('building the app and the CLI first (npm run build)');
  const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const work = await mkdtemp(join(tmpdir(), 'atlas-reliability-'));
const problems: string[] = [];
try {
  const [writerPath, workerPath] = await Promise.all([
    bundleForNode(join(repoRoot, 'electron/services/store/crash-writer.ts'), work, 'crash-writer'),
    bundleForNode(join(repoRoot, 'scripts/reliability/fuzz-worker.ts'), work, 'fuzz-worker'),
  ]);

  // Two streams of trials at once (one per core), each on its own folders.
  const streams = await Promise.all(
    [0, 1].map(() =>
      runCrashTrials({
        writerPath,
        trials: n(250),
        padding: 20_000,
        concurrentEvery: 5,
        makeDirs: makeStoreDirs,
        removeDirs: (dirs) => rm(dirname(dirs.dataDir), { recursive: true, force: true }),
      }),
    ),
  );
  const crash = streams.slice(1).reduce<CrashTrialsResult>(
    (sum, s) => ({
      trials: sum.trials + s.trials,
      concurrentTrials: sum.concurrentTrials + s.concurrentTrials,
      failures: [...sum.failures, ...s.failures],
      midWrite: sum.midWrite + s.midWrite,
      unacknowledged: sum.unacknowledged + s.unacknowledged,
      beforeReady: sum.beforeReady + s.beforeReady,
    }),
    streams[0]!,
  );
  say(
    `${crash.trials} SIGKILL trials, ${crash.concurrentTrials} of them with two writers at once; ` +
      `${crash.midWrite} kills left a half-written file, ${crash.unacknowledged} an unacknowledged revision`,
  );
  problems.push(...crash.failures.map((f) => `crash ${f}`));

  const pairs = await runConcurrentImports(cli, resourcesDir, n(50));
  say(`${pairs.pairs} pairs of concurrent atlas import processes`);
  problems.push(...pairs.lost.map((f) => `concurrent ${f}`));

  const fuzzOptions = {
    workerPath,
    workers: 2,
    resourcesDir,
    scratchDir: join(work, 'no-data'),
    limitMs: 5_000,
    memoryLimitMb: 600,
    heapMb: 1_024,
  };
  const imports = await runFuzz({ ...fuzzOptions, kind: 'import', count: n(5_000) });
  say(`${imports.inputs} mutated import files: ${JSON.stringify(imports.outcomes)}`);
  const scenarios = await runFuzz({ ...fuzzOptions, kind: 'scenario', count: n(1_000) });
  say(`${scenarios.inputs} mutated scenario files: ${JSON.stringify(scenarios.outcomes)}`);
  const fuzz: FuzzResult[] = [imports, scenarios];
  for (const f of fuzz.flatMap((r) => r.failures))
    problems.push(`fuzz ${f.kind} #${f.i} ${f.outcome}: ${f.detail}`);

  const probes = await runHarnessProbes({
    rendererDir,
    resourcesDir,
    count: n(2_000),
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  say(
    `${probes.probes} hostile requests to the harness, ${probes.bad.length} answered 5xx or dropped; Chromium visited ${probes.pagesVisited} views`,
  );
  problems.push(...probes.bad.map((b) => `harness ${b}`));
  problems.push(...probes.external.map((u) => `external request ${u}`));

  const byKind = (kind: string) => problems.filter((p) => p.startsWith(kind)).length;
  for (const problem of problems.slice(0, 40)) console.log(`  FAIL ${problem}`);
  if (problems.length > 40) console.log(`  … and ${problems.length - 40} more`);
  const uncaught = fuzz.reduce(
    (sum, r) =>
      sum + r.failures.filter((f) => f.outcome === 'uncaught' || f.outcome === 'crashed').length,
    0,
  );
  const corrupt = new Set(crash.failures.map((f) => f.split(':')[0])).size;
  const sections = [
    byKind('crash'),
    byKind('concurrent'),
    byKind('fuzz'),
    byKind('harness') + byKind('external'),
  ];
  const failed = sections.filter((count) => count > 0).length;
  console.log(`reliability: ${sections.length - failed} passed, ${failed} failed (${elapsed()})`);
  console.log(`crash-trials ${crash.trials} corrupt ${corrupt}`);
  console.log(`concurrent-pairs ${pairs.pairs} lost ${pairs.lost.length}`);
  console.log(
    `fuzz-inputs ${fuzz.reduce((s, r) => s + r.inputs, 0)} uncaught ${uncaught} slowest-ms ${Math.max(...fuzz.map((r) => r.slowestMs))} peak-mb ${Math.max(...fuzz.map((r) => r.peakMb))}`,
  );
  console.log(`external ${probes.external.length}`);
  process.exitCode = problems.length ? 1 : 0;
} finally {
  await rm(work, { recursive: true, force: true });
}
