/**
 * What a ten-fold bigger bundled dataset costs at start-up, measured in one run against the
 * dataset before the yearbook, bulletins and USD files were loaded (git 698096a, 168 records):
 *
 * - **dataset load**: open the store on the bundled data and build the working data (read, parse,
 *   validate, merge), as the main process does before the first view can ask for it;
 * - **first rankings render**: a cold page load in Chromium (browser harness, production build in
 *   out/renderer) until the 2025 rankings table shows its first row.
 *
 * Interleaved repetitions after a warm-up; medians. Needs `npm run build` and /usr/bin/chromium.
 * The older dataset comes from git; without that commit (a shallow clone) the comparison is skipped.
 */
import { execFileSync } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createHandlers } from '../../electron/handlers';
import { openStore } from '../../electron/services/store';
import { startHarness } from '../../e2e/harness/server';

const repo = resolve(import.meta.dirname, '../..');
const BEFORE_COMMIT = '698096a';
const ROUNDS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A resources folder like the bundled one, with `datasetJson` as its dataset. */
function resourcesWith(datasetJson: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-res-'));
  const real = join(repo, 'resources');
  for (const entry of readdirSync(real)) {
    if (entry !== 'data') symlinkSync(join(real, entry), join(dir, entry));
  }
  mkdirSync(join(dir, 'data'));
  for (const entry of readdirSync(join(real, 'data'))) {
    if (entry !== 'dataset.json') symlinkSync(join(real, 'data', entry), join(dir, 'data', entry));
  }
  writeFileSync(join(dir, 'data', 'dataset.json'), datasetJson);
  return dir;
}

let before: string;
try {
  before = execFileSync('git', ['show', `${BEFORE_COMMIT}:resources/data/dataset.json`], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
} catch {
  console.log(`data-load: commit ${BEFORE_COMMIT} is not in this clone; comparison skipped.`);
  process.exit(0);
}
const cases = [
  { name: `before (${BEFORE_COMMIT})`, resources: resourcesWith(before) },
  { name: 'now', resources: join(repo, 'resources') },
];

async function loadOnce(resources: string): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-data-'));
  const t0 = performance.now();
  const store = await openStore(dataDir, resources);
  store.workingData();
  const ms = performance.now() - t0;
  rmSync(dataDir, { recursive: true, force: true });
  return ms;
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const harnesses = await Promise.all(
  cases.map(async (c) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-data-'));
    const table = await createHandlers({ resourcesDir: c.resources, dataDir });
    return startHarness({ rendererDir: join(repo, 'out/renderer'), table });
  }),
);

async function firstBoard(url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  const t0 = performance.now();
  await page.goto(`${url}#/rankings`);
  await page.getByTestId('ranking-row').first().waitFor();
  const ms = performance.now() - t0;
  await context.close();
  return ms;
}

const load: number[][] = cases.map(() => []);
const board: number[][] = cases.map(() => []);
for (let round = -1; round < ROUNDS; round++) {
  for (let i = 0; i < cases.length; i++) {
    const l = await loadOnce(cases[i]!.resources);
    const b = await firstBoard(harnesses[i]!.url);
    if (round >= 0) {
      load[i]!.push(l);
      board[i]!.push(b);
    }
  }
}
for (const h of harnesses) await h.close();
await browser.close();

console.log(`Dataset load and first rankings render, medians of ${ROUNDS} interleaved runs:`);
for (let i = 0; i < cases.length; i++) {
  console.log(
    `  ${cases[i]!.name.padEnd(16)} dataset load ${median(load[i]!).toFixed(1)} ms` +
      `   first rankings render ${median(board[i]!).toFixed(0)} ms`,
  );
}
const ratio = (xs: number[][]) => (median(xs[1]!) / median(xs[0]!)).toFixed(2);
console.log(
  `  ratio now/before: dataset load ×${ratio(load)}, first rankings render ×${ratio(board)}`,
);
rmSync(cases[0]!.resources, { recursive: true, force: true });
