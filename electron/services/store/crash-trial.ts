/**
 * One SIGKILL trial and its check, shared by crash.test.ts and `npm run test:reliability`.
 * A writer (crash-writer.ts, bundled) is killed at a random moment; then the store must open to a
 * complete revision whose data is exactly what was written, with nothing lost that a writer had
 * reported as committed. SIGKILL tests process death, not power loss: the page cache survives,
 * so this proves the temp-file/rename/lock protocol, not the fsyncs.
 */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { openStore } from './store';
import { layerFor } from './test-fixtures';

export interface KillOutcome {
  /** Highest revision id the writer reported as committed (-1 for none). */
  lastReported: number;
  /** Aliases the writer reported as committed (update mode). */
  aliases: string[];
  killedBeforeReady: boolean;
  stderr: string;
}

export interface WriterRun {
  writerPath: string;
  dataDir: string;
  bundledDir: string;
  padding: number;
  mode?: 'commit' | `update:${string}`;
  /** Kill after this many ms once the writer is ready (default: random up to 25 ms). */
  killAfterMs?: number;
}

/** Run the writer and SIGKILL it after a random delay; resolves once it has exited. */
export function runAndKill(
  run: WriterRun,
  random: () => number = Math.random,
): Promise<KillOutcome> {
  return new Promise((done, fail) => {
    const args = [
      run.writerPath,
      run.dataDir,
      run.bundledDir,
      String(run.padding),
      run.mode ?? 'commit',
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let ready = false;
    const kill = () => child.kill('SIGKILL');
    // Mostly kill mid-loop; sometimes during start-up, while the child may be recovering files.
    const earlyKill = random() < 0.15;
    if (earlyKill) setTimeout(kill, random() * 80);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!ready && stdout.includes('ready')) {
        ready = true;
        if (!earlyKill) setTimeout(kill, run.killAfterMs ?? random() * 25);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const commits = [...stdout.matchAll(/committed (\d+)(?: (\S+))?/g)];
      const ids = commits.map((m) => Number(m[1]));
      if (signal !== 'SIGKILL') stderr += `\nwriter exited by itself (code ${code})`;
      done({
        lastReported: ids.length ? Math.max(...ids) : -1,
        aliases: commits.flatMap((m) => (m[2] ? [m[2]] : [])),
        killedBeforeReady: !ready,
        stderr,
      });
    });
  });
}

export interface TrialCheck {
  problems: string[];
  current: number;
  /** Notices about half-written temp files that were set aside (kills mid-write). */
  tempFilesRecovered: number;
}

const TEMP_NOTICE = /half-written file \.r\d+\.json\..*\.tmp/;

async function commonChecks(dataDir: string, bundledDir: string) {
  const problems: string[] = [];
  const store = await openStore(dataDir, bundledDir);
  const current = store.current().revision.id;
  for (const notice of store.notices)
    if (!TEMP_NOTICE.test(notice.message)) problems.push(`notice: ${notice.message}`);
  const ids = store.listRevisions().map((r) => r.id);
  const expectedIds = Array.from({ length: current + 1 }, (_, i) => current - i);
  if (!isDeepStrictEqual(ids, expectedIds))
    problems.push(`revisions ${ids.join(',')} are not ${current}..0`);
  const leftovers = (await readdir(join(dataDir, 'revisions'))).filter((n) => n.endsWith('.tmp'));
  if (leftovers.length) problems.push(`temp files left after recovery: ${leftovers.join(', ')}`);
  return { store, current, ids, problems, tempFilesRecovered: store.notices.length };
}

/**
 * After a kill in `commit` mode: the store holds the last acknowledged revision or the one in
 * flight, and every revision holds exactly what was written for its id.
 */
export async function checkAfterKill(
  dataDir: string,
  bundledDir: string,
  atLeast: number,
  padding: number,
): Promise<TrialCheck> {
  const { store, current, ids, problems, tempFilesRecovered } = await commonChecks(
    dataDir,
    bundledDir,
  );
  // At most one commit was in flight: the store holds the last acknowledged one or the next.
  if (current !== atLeast && current !== atLeast + 1)
    problems.push(`opened revision ${current}, expected ${atLeast} or ${atLeast + 1}`);
  for (const id of ids.filter((i) => i > 0)) {
    const layer = id === current ? store.current().layer : await store.readLayer(id);
    if (!isDeepStrictEqual(layer, layerFor(id, padding)))
      problems.push(`revision ${id} does not hold what was written`);
  }
  return { problems, current, tempFilesRecovered };
}

/**
 * After concurrent `update` writers were killed: every alias any writer reported as committed is
 * in the newest revision, and each revision added exactly one alias to the one before (a lost
 * update would leave revision n with fewer than n aliases).
 */
export async function checkAfterConcurrentKill(
  dataDir: string,
  bundledDir: string,
  acknowledged: readonly string[],
): Promise<TrialCheck> {
  const { store, current, problems, tempFilesRecovered } = await commonChecks(dataDir, bundledDir);
  const aliases = store.current().layer.aliases.map((a) => a.alias);
  const missing = acknowledged.filter((a) => !aliases.includes(a));
  if (missing.length) problems.push(`lost acknowledged commits: ${missing.join(', ')}`);
  if (aliases.length !== current)
    problems.push(`revision ${current} holds ${aliases.length} aliases; a commit was lost`);
  if (new Set(aliases).size !== aliases.length) problems.push('an alias was committed twice');
  return { problems, current, tempFilesRecovered };
}

export interface CrashTrialsOptions {
  writerPath: string;
  trials: number;
  /** Writes large enough to take a few ms, so kills often land inside one. */
  padding: number;
  /** Every n-th trial runs two `update` writers at once on the folder (0: never). */
  concurrentEvery?: number;
  /** Trials on one folder before a fresh one (the folder grows by a revision or so per trial). */
  trialsPerStore?: number;
  makeDirs: () => Promise<{ dataDir: string; bundledDir: string }>;
  removeDirs: (dirs: { dataDir: string; bundledDir: string }) => Promise<void>;
}

export interface CrashTrialsResult {
  trials: number;
  concurrentTrials: number;
  failures: string[];
  midWrite: number;
  unacknowledged: number;
  beforeReady: number;
}

/** Run `trials` kill-and-check trials, one after another. */
export async function runCrashTrials(options: CrashTrialsOptions): Promise<CrashTrialsResult> {
  const result: CrashTrialsResult = {
    trials: options.trials,
    concurrentTrials: 0,
    failures: [],
    midWrite: 0,
    unacknowledged: 0,
    beforeReady: 0,
  };
  const perStore = options.trialsPerStore ?? 25;
  let dirs = await options.makeDirs();
  let committed = 0;
  let aliases: string[] = [];
  let concurrentFolder = false;
  for (let trial = 0; trial < options.trials; trial++) {
    const concurrent = !!options.concurrentEvery && trial % options.concurrentEvery === 0;
    // A folder is used by one kind of trial: `commit` trials check layers against their ids.
    if ((trial > 0 && trial % perStore === 0) || concurrent !== concurrentFolder) {
      await options.removeDirs(dirs);
      dirs = await options.makeDirs();
      committed = 0;
      aliases = [];
      concurrentFolder = concurrent;
    }
    const run = { writerPath: options.writerPath, ...dirs, padding: options.padding };
    let check: TrialCheck;
    let stderr: string;
    if (concurrent) {
      result.concurrentTrials++;
      const outcomes = await Promise.all([
        runAndKill({ ...run, mode: `update:a${trial}` }),
        runAndKill({ ...run, mode: `update:b${trial}` }),
      ]);
      aliases.push(...outcomes.flatMap((o) => o.aliases));
      check = await checkAfterConcurrentKill(dirs.dataDir, dirs.bundledDir, aliases);
      stderr = outcomes
        .map((o) => o.stderr.trim())
        .join(' ')
        .trim();
      if (outcomes.every((o) => o.killedBeforeReady)) result.beforeReady++;
    } else {
      const outcome = await runAndKill(run);
      const atLeast = Math.max(committed, outcome.lastReported);
      check = await checkAfterKill(dirs.dataDir, dirs.bundledDir, atLeast, options.padding);
      stderr = outcome.stderr.trim();
      if (outcome.killedBeforeReady) result.beforeReady++;
      if (check.current > atLeast) result.unacknowledged++;
      committed = check.current;
    }
    if (stderr) check.problems.push(`writer stderr: ${stderr}`);
    if (check.problems.length) result.failures.push(`trial ${trial}: ${check.problems.join('; ')}`);
    if (check.tempFilesRecovered) result.midWrite++;
  }
  await options.removeDirs(dirs);
  return result;
}
