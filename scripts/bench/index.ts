/**
 * Runs every benchmark in this folder (`*.bench.ts`), one after another in this process, so
 * that `npm run bench` measures everything and `npm run bench -- scenario` only the files whose
 * name contains "scenario". Each benchmark prints its own figures and its ratio against a
 * baseline measured in the same run (machines here are shared, so only same-run ratios compare).
 * Exit code 1 if any benchmark throws (e.g. its result no longer agrees with its baseline).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

if (benches.length === 0) {
  console.error(`No benchmark in ${here} matches ${filters.join(', ') || '*.bench.ts'}.`);
  process.exitCode = 1;
}

const failed: string[] = [];
for (const name of benches) {
  console.log(`\n== ${name} ==`);
  const t0 = performance.now();
  try {
    await import(pathToFileURL(join(here, name)).href);
    console.log(`(${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed.push(name);
    console.error(`${name} failed: ${(error as Error).stack ?? String(error)}`);
  }
}
console.log(
  `\n${benches.length - failed.length} of ${benches.length} benchmarks ran` +
    (failed.length ? `; failed: ${failed.join(', ')}` : '.'),
);
if (failed.length) process.exitCode = 1;
