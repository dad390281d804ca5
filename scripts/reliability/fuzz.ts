/**
 * Runs hostile inputs through worker processes with a watchdog: an input that takes longer than
 * the limit, or kills its worker (out of memory, a V8 fatal error), is a failure named by its
 * index and mutation, and the worker is restarted after it. Workers run with a capped heap so a
 * runaway allocation ends in seconds instead of swapping the machine.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface FuzzFailure {
  kind: 'import' | 'scenario';
  i: number;
  outcome: 'uncaught' | 'implausible' | 'slow' | 'crashed' | 'memory';
  detail: string;
}

export interface FuzzResult {
  inputs: number;
  failures: FuzzFailure[];
  slowestMs: number;
  peakMb: number;
  outcomes: Record<string, number>;
}

export interface FuzzOptions {
  workerPath: string;
  kind: 'import' | 'scenario';
  count: number;
  workers: number;
  resourcesDir: string;
  scratchDir: string;
  limitMs: number;
  /** An input after which the worker's memory is above this is a failure. */
  memoryLimitMb: number;
  heapMb: number;
}

interface Line {
  start?: number;
  mutation?: string;
  i?: number;
  outcome?: string;
  detail?: string;
  ms?: number;
  rssMb?: number;
  done?: boolean;
  maxRssMb?: number;
}

/** Inputs from..to in one worker, restarting it after an input that hangs or kills it. */
async function runRange(options: FuzzOptions, from: number, to: number, result: FuzzResult) {
  let next = from;
  while (next < to) {
    const started = next;
    next = await new Promise<number>((done) => {
      const child = spawn(
        process.execPath,
        [
          `--max-old-space-size=${options.heapMb}`,
          options.workerPath,
          options.kind,
          String(started),
          String(to),
          options.resourcesDir,
          options.scratchDir,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let current: { i: number; mutation: string } | null = null;
      let watchdog: NodeJS.Timeout | null = null;
      let timedOut = false;
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
      const arm = () => {
        if (watchdog) clearTimeout(watchdog);
        watchdog = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.limitMs);
      };
      createInterface({ input: child.stdout }).on('line', (text) => {
        const line = JSON.parse(text) as Line;
        if (line.start !== undefined) {
          current = { i: line.start, mutation: line.mutation ?? '' };
          arm();
          return;
        }
        if (line.done) {
          result.peakMb = Math.max(result.peakMb, line.maxRssMb ?? 0);
          return;
        }
        if (watchdog) clearTimeout(watchdog);
        current = null;
        result.inputs++;
        result.outcomes[line.outcome!] = (result.outcomes[line.outcome!] ?? 0) + 1;
        result.slowestMs = Math.max(result.slowestMs, line.ms ?? 0);
        result.peakMb = Math.max(result.peakMb, line.rssMb ?? 0);
        const failure = (outcome: FuzzFailure['outcome'], detail: string) =>
          result.failures.push({ kind: options.kind, i: line.i!, outcome, detail });
        if (line.outcome === 'uncaught' || line.outcome === 'implausible')
          failure(line.outcome, line.detail ?? '');
        if ((line.ms ?? 0) > options.limitMs) failure('slow', `${line.ms} ms: ${line.detail}`);
        if ((line.rssMb ?? 0) > options.memoryLimitMb)
          failure('memory', `${line.rssMb} MB after: ${line.detail}`);
      });
      child.on('close', (code, signal) => {
        if (watchdog) clearTimeout(watchdog);
        const dead = current as { i: number; mutation: string } | null;
        if (!dead) return done(to);
        // The input in hand hung or killed the worker: record it and go on after it.
        result.inputs++;
        result.outcomes[timedOut ? 'slow' : 'crashed'] =
          (result.outcomes[timedOut ? 'slow' : 'crashed'] ?? 0) + 1;
        if (timedOut) result.slowestMs = Math.max(result.slowestMs, options.limitMs);
        const why = timedOut
          ? `no answer within ${options.limitMs} ms`
          : `worker died (${signal ?? `exit ${code}`}): ${/heap out of memory|Fatal|RangeError[^\n]*/.exec(stderr)?.[0] ?? stderr.trim().split('\n').at(-1) ?? ''}`;
        result.failures.push({
          kind: options.kind,
          i: dead.i,
          outcome: timedOut ? 'slow' : 'crashed',
          detail: `${dead.mutation}: ${why}`,
        });
        done(dead.i + 1);
      });
    });
  }
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const result: FuzzResult = { inputs: 0, failures: [], slowestMs: 0, peakMb: 0, outcomes: {} };
  const per = Math.ceil(options.count / options.workers);
  await Promise.all(
    Array.from({ length: options.workers }, (_, w) =>
      runRange(options, w * per, Math.min(options.count, (w + 1) * per), result),
    ),
  );
  result.failures.sort((a, b) => a.i - b.i);
  return result;
}
