/**
 * Benchmark of the import preview (the function the wizard's worker and the main process run):
 *
 * - a 100,000-row long CSV against a bare PapaParse parse of the same bytes (the baseline,
 *   measured in the same run): time ratio (budget ≤ 2.5×) and the preview's peak memory, read
 *   from a process of its own (budget < 300 MB);
 * - a 50 MB wide CSV: preview time (budget < 30 s) and how often progress moved;
 * - a 1,000,000-row file (the row limit): time, peak memory and progress.
 *
 *   npx tsx scripts/bench/import.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { bytesSource, prepareImport } from '../../core/import';
import type { Dataset, Entity } from '../../core/model';
import { longCsv, wideCsv } from './import-files';

const RUNS = 7;
const resources = resolve(import.meta.dirname, '../../resources');
const entities = (
  JSON.parse(readFileSync(join(resources, 'reference/entities.json'), 'utf8')) as {
    entities: Entity[];
  }
).entities;
const dataset = JSON.parse(readFileSync(join(resources, 'data/dataset.json'), 'utf8')) as Dataset;
const cities = entities.filter((e) => e.level === 'city');

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * Time two tasks in alternation (after two warm-up rounds), so both see the same load on a
 * shared machine; medians of each.
 */
async function timePair(
  runs: number,
  a: () => unknown,
  b: () => unknown,
): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs + 2; i++) {
    for (const [k, f] of [a, b].entries()) {
      const t0 = performance.now();
      await f();
      if (i >= 2) times[k]!.push(performance.now() - t0);
    }
  }
  return [median(times[0]), median(times[1])];
}

const preview = (bytes: Uint8Array, name: string) =>
  prepareImport(
    bytesSource(bytes),
    name,
    { overrides: {}, fixes: [], recipe: null },
    { entities, dataset },
  );

interface ChildRun {
  ms: number;
  maxRssMb: number;
  figures: number;
  rows: number;
  progressUpdates: number;
  monotonic: boolean;
}
/** One preview in a fresh process (read from disk as the CLI does), for its peak memory. */
function inChild(path: string): ChildRun {
  const child = resolve(import.meta.dirname, 'import-preview-child.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as ChildRun;
}

const dir = mkdtempSync(join(tmpdir(), 'atlas-import-bench-'));
try {
  // 1. 100,000-row long CSV vs a bare PapaParse parse of the same bytes.
  const longText = longCsv(cities, 100_000);
  const longBytes = new TextEncoder().encode(longText);
  let figures = 0;
  const [papaMs, previewMs] = await timePair(
    RUNS,
    () => Papa.parse(new TextDecoder().decode(longBytes), { skipEmptyLines: false }),
    async () => {
      figures = (await preview(longBytes, 'long-100k.csv')).report!.figures.length;
    },
  );
  if (figures !== 100_000) throw new Error(`expected 100,000 figures, got ${figures}`);
  const longPath = join(dir, 'long-100k.csv');
  writeFileSync(longPath, longBytes);
  const longChild = inChild(longPath);
  console.log(
    `100,000-row long CSV (${(longBytes.length / 1048576).toFixed(1)} MB): preview ${previewMs.toFixed(0)} ms median, ` +
      `bare PapaParse ${papaMs.toFixed(0)} ms → ${(previewMs / papaMs).toFixed(2)}× (budget ≤ 2.5×); ` +
      `peak memory ${longChild.maxRssMb.toFixed(0)} MB in its own process (budget < 300 MB)`,
  );

  // 2. 50 MB wide CSV: time and progress.
  const widePath = join(dir, 'wide-50mb.csv');
  writeFileSync(widePath, wideCsv(cities, 50));
  const wide = inChild(widePath);
  console.log(
    `50 MB wide CSV (${wide.rows.toLocaleString('en-US')} rows): preview ${(wide.ms / 1000).toFixed(1)} s (budget < 30 s), ` +
      `progress moved ${wide.progressUpdates} times${wide.monotonic ? ', never backwards' : ', BACKWARDS'}; ` +
      `peak memory ${wide.maxRssMb.toFixed(0)} MB`,
  );

  // 3. The row limit: 1,000,000 rows (header included).
  const millionPath = join(dir, 'long-1m.csv');
  writeFileSync(millionPath, longCsv(cities, 999_999));
  const million = inChild(millionPath);
  console.log(
    `1,000,000-row CSV: preview ${(million.ms / 1000).toFixed(1)} s, ${million.figures.toLocaleString('en-US')} figures, ` +
      `progress moved ${million.progressUpdates} times; peak memory ${million.maxRssMb.toFixed(0)} MB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
