/**
 * Crash test: a child process commits revisions in a loop and is killed with SIGKILL at random
 * moments; after every kill the store must open to a complete revision, old or new, whose data is
 * exactly what the writer wrote. SIGKILL tests process death, not power loss: the page cache
 * survives, so this proves the temp-file/rename protocol, not the fsyncs.
 *
 * The writer is bundled once into a plain .mjs with vite so each trial pays only Node's start-up
 * (~80 ms), not tsx's transform.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from './store';
import { layerFor, makeStoreDirs } from './test-fixtures';

const TRIALS = Number(process.env.CRASH_TRIALS ?? 200);
const TRIALS_PER_STORE = 25;
/** Large enough that a write takes a few ms, so kills often land inside one. */
const PADDING = 20_000;

const here = dirname(fileURLToPath(import.meta.url));
let workDir = '';
let writerPath = '';

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'atlas-crash-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: resolve(here, '../../..'),
    build: {
      ssr: join(here, 'crash-writer.ts'),
      outDir: workDir,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: 'crash-writer.mjs', format: 'es' } },
    },
    ssr: { noExternal: true }, // one self-contained file: no node_modules lookup from /tmp
  });
  writerPath = join(workDir, 'crash-writer.mjs');
}, 60_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

interface KillOutcome {
  lastReported: number;
  killedBeforeReady: boolean;
  stderr: string;
}

/** Run the writer and SIGKILL it after a random delay; resolves once it has exited. */
function runAndKill(dataDir: string, bundledDir: string): Promise<KillOutcome> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writerPath, dataDir, bundledDir, String(PADDING)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let ready = false;
    const kill = () => child.kill('SIGKILL');
    // Mostly kill mid-loop; sometimes during start-up, while the child may be recovering files.
    const earlyKill = Math.random() < 0.15;
    if (earlyKill) setTimeout(kill, Math.random() * 80);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!ready && stdout.includes('ready')) {
        ready = true;
        if (!earlyKill) setTimeout(kill, Math.random() * 25);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const ids = [...stdout.matchAll(/committed (\d+)/g)].map((m) => Number(m[1]));
      if (signal !== 'SIGKILL') stderr += `\nwriter exited by itself (code ${code})`;
      done({ lastReported: ids.length ? Math.max(...ids) : -1, killedBeforeReady: !ready, stderr });
    });
  });
}

/** Open the store as the app would and check everything in it; returns problems found. */
async function verify(dataDir: string, bundledDir: string, atLeast: number) {
  const problems: string[] = [];
  const store = await openStore(dataDir, bundledDir);
  const current = store.current().revision.id;
  // At most one commit was in flight: the store holds the last acknowledged one or the next.
  if (current !== atLeast && current !== atLeast + 1) {
    problems.push(`opened revision ${current}, expected ${atLeast} or ${atLeast + 1}`);
  }
  for (const notice of store.notices) {
    if (!/half-written file \.r\d+\.json\..*\.tmp/.test(notice.message))
      problems.push(`notice: ${notice.message}`);
  }
  const ids = store.listRevisions().map((r) => r.id);
  const expectedIds = Array.from({ length: current + 1 }, (_, i) => current - i);
  if (!isDeepStrictEqual(ids, expectedIds))
    problems.push(`revisions ${ids.join(',')} are not ${current}..0`);
  if (current > 0 && !isDeepStrictEqual(store.current().layer, layerFor(current, PADDING))) {
    problems.push(`revision ${current} does not hold what was written`);
  }
  for (const id of ids.filter((i) => i > 0 && i !== current)) {
    if (!isDeepStrictEqual(await store.readLayer(id), layerFor(id, PADDING))) {
      problems.push(`revision ${id} does not hold what was written`);
    }
  }
  const leftovers = (await readdir(join(dataDir, 'revisions'))).filter((n) => n.endsWith('.tmp'));
  if (leftovers.length) problems.push(`temp files left after recovery: ${leftovers.join(', ')}`);
  return { problems, current, tempFilesRecovered: store.notices.length };
}

it(`survives ${TRIALS} SIGKILLs at random moments`, async () => {
  const started = performance.now();
  const failures: string[] = [];
  let midWrite = 0;
  let beforeReady = 0;
  let unacknowledged = 0;
  let dirs = await makeStoreDirs();
  let committed = 0;

  for (let trial = 0; trial < TRIALS; trial++) {
    if (trial > 0 && trial % TRIALS_PER_STORE === 0) {
      await rm(dirname(dirs.dataDir), { recursive: true, force: true });
      dirs = await makeStoreDirs();
      committed = 0;
    }
    const outcome = await runAndKill(dirs.dataDir, dirs.bundledDir);
    const atLeast = Math.max(committed, outcome.lastReported);
    const result = await verify(dirs.dataDir, dirs.bundledDir, atLeast);
    if (outcome.stderr.trim()) result.problems.push(`writer stderr: ${outcome.stderr.trim()}`);
    if (result.problems.length) failures.push(`trial ${trial}: ${result.problems.join('; ')}`);
    if (result.tempFilesRecovered) midWrite++;
    if (outcome.killedBeforeReady) beforeReady++;
    if (result.current > atLeast) unacknowledged++;
    committed = result.current;
  }
  await rm(dirname(dirs.dataDir), { recursive: true, force: true });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `crash-kill: ${TRIALS} trials, ${failures.length} failures (${seconds} s; ${midWrite} kills left a ` +
      `half-written temp file, ${unacknowledged} a complete but unacknowledged revision, ` +
      `${beforeReady} landed before the writer was ready)`,
  );
  for (const failure of failures.slice(0, 10)) console.log(`  ${failure}`);
  expect(failures).toEqual([]);
}, 180_000);
