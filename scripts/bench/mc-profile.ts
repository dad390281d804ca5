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
import {
  mergeMonteCarlo,
  monteCarloRequests,
  synthProfiles,
  type McPart,
  type McWorkerMessage,
} from '../../core/scenario';
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
  const requests = monteCarloRequests(
    prepared,
    BENCH_SPEC,
    BENCH_RANGES,
    10_000,
    42,
    availableParallelism(),
  );
  const tReq = now();
  const got = await Promise.all(
    requests.map(
      (request, k) =>
        new Promise<{ part: McPart; marks: Marks; spawned: number; sent: number; back: number }>(
          (res, rej) => {
            const { w, ready, spawned } = getWorker(k);
            let sent = 0;
            const on = (msg: McWorkerMessage) => {
              if (msg.type === 'progress') return;
              const back = now();
              w.off('message', on);
              if (!warm) void w.terminate();
              if (msg.type === 'part')
                res({
                  part: msg.part,
                  marks: (msg as unknown as { marks: Marks }).marks,
                  spawned,
                  sent,
                  back,
                });
              else rej(new Error(msg.message));
            };
            void ready.then(() => {
              sent = now();
              w.on('message', on);
              w.postMessage(request);
            });
            w.once('error', rej);
          },
        ),
    ),
  );
  const tMergeStart = now();
  const merged = mergeMonteCarlo(
    prepared,
    { draws: 10_000, seed: 42 },
    got.map((g) => g.part),
  );
  if (!merged.ok) throw new Error(merged.error);
  const tEnd = now();
  add('total', tEnd - t0);
  add('requests', tReq - t0);
  const g = got[0]!;
  for (const [k, x] of got.entries()) {
    add(`w${k} spawn→thread running`, x.marks.started! - x.spawned);
    add(`w${k} bundle import`, x.marks.imported! - x.marks.started!);
    add(`w${k} post→received (clone)`, x.marks.received! - x.sent);
    add(`w${k} run part (in worker)`, x.marks.posted! - x.marks.received!);
    add(`w${k} posted→main got part`, x.back - x.marks.posted!);
    add(`w${k} end (rel. t0)`, x.back - t0);
  }
  void g;
  add('merge', tEnd - tMergeStart);
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
