/**
 * Where montecarlo_10k_ms goes: the run of mc-app.ts with timestamps at every hand-over
 * (worker start, bundle import, request received, part posted, part received, merge).
 * `npx tsx scripts/bench/mc-profile.ts [reps] [warm|cold]` (after `npm run build`): warm reuses
 * two started workers across runs as the app's held pool does, cold starts them per run; prints
 * the median of each phase in ms with every sample.
 */
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { McRunPlan, synthProfiles, type McWorkerMessage } from '../../core/scenario';
import { BENCH_RANGES, BENCH_SPEC } from './node-figures';

const assets = resolve(import.meta.dirname, '../../out/renderer/assets');
const file = readdirSync(assets).find((f) => /^montecarlo\.worker-.*\.js$/.test(f)) as string;
const url = pathToFileURL(join(assets, file)).href;
console.log(`worker bundle ${file}: ${statSync(join(assets, file)).size} bytes`);

const code = `
const { parentPort } = require('node:worker_threads');
const now = () => performance.timeOrigin + performance.now();
let marks = { started: now() };
globalThis.self = {
  postMessage: (m, transfer) => {
    if (m.type === 'part') marks.posted = now();
    parentPort.postMessage(m.type === 'part' ? { ...m, marks } : m, transfer);
    if (m.type === 'part') marks = { started: marks.started, imported: marks.imported };
  },
  set onmessage(f) { parentPort.on('message', (data) => { marks.received = now(); f({ data }); }); },
};
import(${JSON.stringify(url)}).then(() => { marks.imported = now(); parentPort.postMessage({ type: 'ready' }); });`;

const { prepared } = synthProfiles(340, 11);
const now = () => performance.timeOrigin + performance.now();
type Marks = Record<string, number>;
const rows: Record<string, number[]> = {};
const add = (k: string, v: number) => (rows[k] ??= []).push(v);

const warm = process.argv[3] === 'warm';
const pool: { w: Worker; ready: Promise<void> }[] = [];
function getWorker(k: number): { w: Worker; ready: Promise<void>; spawned: number } {
  const spawned = now();
  if (warm && pool[k]) return { ...pool[k]!, spawned };
  const w = new Worker(code, { eval: true });
  const ready = new Promise<void>((r) => w.once('message', () => r()));
  if (warm) pool[k] = { w, ready };
  return { w, ready, spawned };
}

async function once(): Promise<void> {
  const t0 = now();
  const plan = new McRunPlan(
    prepared,
    BENCH_SPEC,
    BENCH_RANGES,
    10_000,
    42,
    availableParallelism(),
  );
  const tReq = now();
  const workers = plan.requests.map((_, k) => getWorker(k));
  const at: Record<string, number> = {};
  const listeners: ((msg: McWorkerMessage) => void)[] = [];
  await new Promise<void>((resolve, reject) => {
    workers.forEach(({ w, ready }, k) => {
      const on = (msg: McWorkerMessage & { marks?: Marks }) => {
        if (msg.type === 'progress') return;
        if (msg.type === 'part') {
          at[`w${k} part back`] = now();
          const m = msg.marks as Marks;
          add(`w${k} post→received (clone)`, m.received! - at[`w${k} sent`]!);
          add(`w${k} run part (in worker)`, m.posted! - m.received!);
        } else if (msg.type === 'quantiles') at[`chunk ${msg.chunk} back`] = now();
        const step = plan.receive(k, msg);
        if (step.kind === 'post') {
          at['parts in'] = now();
          for (const { worker, request, transfer } of step.posts)
            workers[worker]!.w.postMessage(request, transfer);
        } else if (step.kind === 'done' || step.kind === 'error') {
          workers.forEach((x, j) => {
            x.w.off('message', listeners[j]!);
            x.w.off('error', reject);
            if (!warm) void x.w.terminate();
          });
          if (step.kind === 'error') reject(new Error(step.message));
          else resolve();
        }
      };
      listeners[k] = on;
      void ready.then(() => {
        at[`w${k} sent`] = now();
        w.on('message', on);
        w.postMessage(plan.requests[k]);
      });
      w.on('error', reject);
    });
  });
  const tEnd = now();
  add('total', tEnd - t0);
  add('requests', tReq - t0);
  for (const k of plan.requests.keys())
    add(`w${k} part back (rel. t0)`, at[`w${k} part back`]! - t0);
  add('parts in → chunk 0 percentiles back', at['chunk 0 back']! - at['parts in']!);
  add('last message → merged', tEnd - Math.max(...Object.values(at)));
}

const reps = Number(process.argv[2] ?? 7);
await once();
for (const k of Object.keys(rows)) rows[k] = [];
for (let i = 0; i < reps; i++) await once();
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
for (const [k, v] of Object.entries(rows))
  console.log(
    `${k.padEnd(32)} ${med(v).toFixed(1).padStart(7)}  [${v.map((x) => x.toFixed(0)).join(' ')}]`,
  );
process.exit(0);
