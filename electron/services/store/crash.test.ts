/**
 * Crash test: a child process commits revisions in a loop and is killed with SIGKILL at random
 * moments; after every kill the store must open to a complete revision, old or new, whose data is
 * exactly what the writer wrote (crash-trial.ts). Every eighth trial runs two writers at once on
 * the folder, each adding on top of the other's commits, and none of their commits may be lost.
 * `npm run test:reliability` runs more of the same trials (500); the 100 here keep the unit suite
 * short.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleForNode } from '../../../scripts/reliability/bundle';
import { runCrashTrials } from './crash-trial';
import { makeStoreDirs } from './test-fixtures';

const TRIALS = Number(process.env.CRASH_TRIALS ?? 100);
/** Large enough that a write takes a few ms, so kills often land inside one. */
const PADDING = 20_000;

const here = dirname(fileURLToPath(import.meta.url));
let workDir = '';
let writerPath = '';

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'atlas-crash-'));
  writerPath = await bundleForNode(join(here, 'crash-writer.ts'), workDir, 'crash-writer');
}, 60_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

it(`survives ${TRIALS} SIGKILLs at random moments, also of two writers at once`, async () => {
  const started = performance.now();
  const result = await runCrashTrials({
    writerPath,
    trials: TRIALS,
    padding: PADDING,
    concurrentEvery: 8,
    makeDirs: makeStoreDirs,
    removeDirs: (dirs) => rm(dirname(dirs.dataDir), { recursive: true, force: true }),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `crash-kill: ${TRIALS} trials (${result.concurrentTrials} with two writers), ` +
      `${result.failures.length} failures (${seconds} s; ${result.midWrite} kills left a ` +
      `half-written temp file, ${result.unacknowledged} a complete but unacknowledged revision, ` +
      `${result.beforeReady} landed before the writer was ready)`,
  );
  for (const failure of result.failures.slice(0, 10)) console.log(`  ${failure}`);
  expect(result.failures).toEqual([]);
}, 180_000);
