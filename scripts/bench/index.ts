/**
 * `npm run bench`: every figure of issue 14 against its aim, app and baseline measured in the
 * same run with interleaved repetitions after a warm-up (machines here are shared, so only
 * same-run ratios compare). Builds first (renderer, main, preload and the CLI) unless
 * `--no-build`; needs /usr/bin/chromium (CHROMIUM_PATH overrides).
 *
 *   npm run bench                  a readable table
 *   npm run bench -- --json        ONE JSON object: { first_board_ratio: { value, aim, … }, … }
 *   npm run bench -- --reps 7      repetitions per figure (default 5)
 *   npm run bench -- --only browser,import   some groups: browser, scenario, data, import
 *   npm run bench -- scenario      instead, the detailed *.bench.ts files whose name matches
 *
 * Progress goes to stderr, so `--json` output can be piped. Exit code 1 if a measurement fails;
 * a missed aim is reported, not an error (timing never fails a test).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { browserFigures } from './browser-figures';
import { toJson, toTable, type Report } from './figures';
import { datasetLoadFigure, importFigures, scenarioFigures } from './node-figures';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const build = !argv.includes('--no-build');
const repsAt = argv.indexOf('--reps');
const reps = repsAt >= 0 ? Number(argv[repsAt + 1]) : 5;
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',') : null;
const filters = argv.filter(
  (a, i) => !a.startsWith('--') && argv[i - 1] !== '--reps' && argv[i - 1] !== '--only',
);
const log = (s: string) => process.stderr.write(`${s}\n`);

async function detailed(): Promise<void> {
  const benches = readdirSync(here)
    .filter((name) => name.endsWith('.bench.ts') && filters.some((f) => name.includes(f)))
    .sort();
  if (benches.length === 0)
    throw new Error(`No benchmark in ${here} matches ${filters.join(', ')}.`);
  for (const name of benches) {
    console.log(`\n== ${name} ==`);
    await import(pathToFileURL(join(here, name)).href);
  }
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
}

async function all(): Promise<void> {
  if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps needs a whole number ≥ 1');
  if (build) {
    log('building (electron-vite build, CLI)…');
    run('npx', ['electron-vite', 'build']);
    run('npx', ['vite', 'build', '-c', 'vite.cli.config.ts']);
  }
  const report: Report = {};
  const step = async (name: string, f: () => Promise<Report> | Report) => {
    if (only && !only.includes(name.split(':')[0]!)) return;
    log(`${name}…`);
    const t0 = performance.now();
    Object.assign(report, await f());
    log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  };
  await step('browser: cold loads, year switch, heap, print', () => browserFigures(reps, log));
  await step('scenario: recompute, Monte Carlo', () => scenarioFigures(reps));
  await step('data: dataset load', () => datasetLoadFigure(reps));
  await step('import: 100k-row CSV via the CLI vs PapaParse', () => importFigures(reps));
  if (json) console.log(JSON.stringify(toJson(report), null, 2));
  else
    console.log(`\nmedians of ${reps} interleaved repetitions after a warm-up\n${toTable(report)}`);
}

try {
  await (filters.length ? detailed() : all());
} catch (error) {
  console.error((error as Error).stack ?? String(error));
  process.exitCode = 1;
}
