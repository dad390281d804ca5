/**
 * Monte Carlo over the scenario's parameters: each ranged parameter is drawn (uniform or
 * triangular, seeded), so is every stand-in share within its range under the proxy rule (uniform,
 * independently per entity: one city's departure from its province's share says nothing about
 * another's), the model is evaluated for every entity, and the 5th, 50th and 95th percentiles of
 * each entity's value and rank are returned. A pure function of plain data, so a
 * Web Worker can run it: post the PreparedScenario (typed arrays clone cheaply) and the spec.
 */
import { err, ok, type Adcode, type Result } from '../model';
import type { PreparedScenario } from './engine';
import type { ResultMeasure } from './evaluate';
import { createKernel } from './mc-kernel';
import { getParam, parseParamKey, setParam, type ParamRef, type ScenarioSpec } from './params';
import { fillMulberry32, mulberry32StateAt, triangular, uniform } from './prng';
import { kthValues, quantileScratch, type QuantileScratch } from './montecarlo-quantiles';
import { checkElasticity, checkShockPct } from './shocks';
import { compileShocks, createCompiled } from './slots';

export interface McRange {
  /** Parameter key: `partner:us:exports` or `elasticity:incomeElasticity`. */
  param: string;
  min: number;
  max: number;
  distribution: 'uniform' | 'triangular';
  /** Peak of a triangular draw; default: the scenario's value (clamped into the range). */
  mode?: number;
}

export interface McOptions {
  draws?: number;
  seed?: number;
  measure?: ResultMeasure;
  /**
   * Called with the number of draws done, every `progressEvery` draws (a Web Worker posts it to
   * the page, which shows a progress bar; cancelling is terminating the worker).
   */
  onProgress?: (drawsDone: number) => void;
  /** Default 500. */
  progressEvery?: number;
  /**
   * Draw each stand-in share (and borrowed split) within its range under the proxy rule, per
   * entity and draw (default true). False: stand-ins stay at their values.
   */
  standIns?: boolean;
}

export interface Percentiles {
  p5: number;
  p50: number;
  p95: number;
}

export interface McEntity {
  code: Adcode;
  /** Draws with a point result; percentiles are over these. */
  pointDraws: number;
  /**
   * Null when the entity has no point result (not computable, no baseline for the measure, or
   * only a range).
   */
  value: Percentiles | null;
  /** Among the entities the Rankings view ranks; null for the others. */
  rank: Percentiles | null;
}

export interface McResult {
  draws: number;
  seed: number;
  measure: ResultMeasure;
  entities: McEntity[];
}

/** Draws per block (see runMonteCarlo); 64 × 340 entities × 8 bytes stays within a core's L2. */
const BLOCK = 64;
const MEASURE_INDEX: Readonly<Record<ResultMeasure, number>> = { total: 0, exports: 1, imports: 2 };

/** 0-based index of the nearest-rank percentile q among n sorted values: the ⌈q·n⌉-th value. */
const nearestRank = (q: number, n: number): number =>
  Math.min(n, Math.max(1, Math.ceil(q * n))) - 1;

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  return sorted[nearestRank(q, sorted.length)] as number;
}

/** p5, p50, p95 of pool[0, m), whose least and greatest values are lo and hi. */
function valueQuantiles(
  pool: Float64Array,
  m: number,
  lo: number,
  hi: number,
  scratch: QuantileScratch,
): Percentiles {
  const [p5, p50, p95] = kthValues(
    pool,
    m,
    lo,
    hi,
    [nearestRank(0.05, m), nearestRank(0.5, m), nearestRank(0.95, m)],
    scratch,
  ) as [number, number, number];
  return { p5, p50, p95 };
}

/** p5, p50, p95 of ranks from their counts (counts[0] holds draws without a rank). */
function rankQuantiles(counts: Uint32Array, m: number): Percentiles {
  const at = (q: number): number => {
    const k = nearestRank(q, m) + 1;
    let seen = 0;
    for (let r = 1; r < counts.length; r++) {
      seen += counts[r] as number;
      if (seen >= k) return r;
    }
    return counts.length - 1;
  };
  return { p5: at(0.05), p50: at(0.5), p95: at(0.95) };
}

interface Prepared {
  ref: ParamRef;
  range: McRange;
  mode: number;
}

function prepareRanges(spec: ScenarioSpec, ranges: readonly McRange[]): Result<Prepared[], string> {
  const out: Prepared[] = [];
  for (const range of ranges) {
    const parsed = parseParamKey(range.param);
    if (!parsed.ok) return parsed;
    if (!(range.min <= range.max)) return err(`range for ${range.param}: min must not exceed max`);
    const ref = parsed.value;
    const problem =
      ref.kind === 'shock'
        ? (checkShockPct(range.min) ?? checkShockPct(range.max))
        : (checkElasticity(ref.name, range.min) ?? checkElasticity(ref.name, range.max));
    if (problem) return err(`range for ${range.param}: ${problem}`);
    const current = getParam(spec, parsed.value) ?? range.min;
    const mode = range.mode ?? Math.min(range.max, Math.max(range.min, current));
    if (mode < range.min || mode > range.max) {
      return err(`range for ${range.param}: mode ${mode} is outside ${range.min}…${range.max}`);
    }
    out.push({ ref: parsed.value, range, mode });
  }
  return ok(out);
}

/** Runs the Monte Carlo; the same seed and inputs give the same result on every machine. */
export function runMonteCarlo(
  p: PreparedScenario,
  spec: ScenarioSpec,
  ranges: readonly McRange[],
  opts: McOptions = {},
): Result<McResult, string> {
  const draws = opts.draws ?? 10_000;
  const part = runMonteCarloPart(p, spec, ranges, opts, 0, draws);
  if (!part.ok) return part;
  opts.onProgress?.(draws);
  return mergeMonteCarlo(p, opts, [part.value]);
}

/**
 * Draws `from … from + count − 1` of a run of `opts.draws`: what one worker of a pool computes.
 * Each draw takes the same count of random numbers (it depends on the layout, never on a value
 * drawn), so the generator is jumped straight to draw `from` and the parts, merged in any order,
 * give exactly the result of one run over all draws (mergeMonteCarlo).
 */
export interface McPart {
  from: number;
  count: number;
  /**
   * The draws' values in one array per entity chunk (entityChunks), entity-major within it:
   * values[c][(i − start of c) × count + b] is entity i's value at draw from + b (NaN: no
   * point). Chunk c of every part goes to one worker, which finds those entities' percentiles.
   */
  values: Float32Array[];
  /** Rank histogram per entity, stride n + 2 (index 0: draws without a rank). */
  rankCounts: Uint32Array;
}

/**
 * The entities split into `chunks` contiguous ranges [start, count] (fewer when there are fewer
 * entities than chunks): the value percentiles of each are found apart, by a worker each.
 */
export const entityChunks = (n: number, chunks: number): [number, number][] =>
  splitDraws(n, Math.max(1, chunks));

function checkDraws(draws: number): string | null {
  return !Number.isInteger(draws) || draws < 1 || draws > 1_000_000
    ? `draws must be an integer from 1 to 1000000, got ${draws}`
    : null;
}

export function runMonteCarloPart(
  p: PreparedScenario,
  spec: ScenarioSpec,
  ranges: readonly McRange[],
  opts: McOptions,
  from: number,
  count: number,
  chunks = 1,
): Result<McPart, string> {
  const draws = opts.draws ?? 10_000;
  const seed = opts.seed ?? 1;
  const measure = opts.measure ?? 'total';
  const bad = checkDraws(draws);
  if (bad) return err(bad);
  if (!Number.isInteger(from) || !Number.isInteger(count) || from < 0 || count < 1) {
    return err(`a part needs whole draws, got ${from} + ${count}`);
  }
  if (from + count > draws) return err(`draws ${from}…${from + count - 1} exceed ${draws}`);
  const prepared = prepareRanges(spec, ranges);
  if (!prepared.ok) return prepared;
  const { working, setters } = workingSpec(spec, prepared.value);
  const kernel = createKernel(p, working, measure, opts.standIns !== false);
  const n = p.n;
  const compiled = createCompiled();
  const blockValues = new Float64Array(n * Math.min(BLOCK, count));
  // Random numbers per draw: the setters' one each, then the kernel's, made a draw at a time.
  const nSet = setters.length;
  const perDraw = nSet + kernel.randoms;
  const uniforms = new Float64Array(perDraw);
  let state = mulberry32StateAt(seed, Math.imul(from, perDraw) >>> 0);
  const chunkRanges = entityChunks(n, chunks);
  const values = chunkRanges.map(([, size]) => new Float32Array(size * count));
  // Rank histograms per entity (index 0 counts draws without a rank): the rank percentiles need
  // only counts, so ranks are tallied instead of stored per draw.
  const stride = n + 2;
  const rankCounts = new Uint32Array(n * stride);
  // Draws are computed in blocks and written entity-major one block at a time: writing each draw
  // straight into the entity-major arrays strides through memory and misses the cache every time.
  const block = Math.min(BLOCK, count);
  const ranked = p.rankedBase.subarray(
    MEASURE_INDEX[measure] * n,
    (MEASURE_INDEX[measure] + 1) * n,
  );
  // Only the entities the Rankings view ranks take part; the others never have a rank.
  const rankedIdx: number[] = [];
  for (let i = 0; i < n; i++) {
    if (ranked[i] === ranked[i]) rankedIdx.push(i);
    else rankCounts[i * stride] = count;
  }
  const nR = rankedIdx.length;
  // The ranked entities ordered by the previous draw's values, with those values beside them:
  // successive draws reorder only a few neighbours, so an insertion sort from the last order
  // costs about O(n) per draw.
  const orderIdx = Int32Array.from(rankedIdx);
  const orderVal = new Float64Array(nR);
  const every = Math.max(1, opts.progressEvery ?? 500);
  for (let d0 = 0; d0 < count; d0 += block) {
    const size = Math.min(block, count - d0);
    for (let b = 0; b < size; b++) {
      const d = d0 + b;
      if (opts.onProgress && d > 0 && d % every === 0) opts.onProgress(d);
      state = fillMulberry32(state, uniforms, perDraw);
      for (let s = 0; s < nSet; s++) (setters[s] as (u: number) => void)(uniforms[s] as number);
      compileShocks(working.shocks, working.elasticities, compiled);
      const at = b * n;
      kernel.run(compiled, uniforms, nSet, blockValues, at);
      // Ranks among the entities the Rankings view ranks, as the results table's new ranks.
      for (let k = 0; k < nR; k++)
        orderVal[k] = blockValues[at + (orderIdx[k] as number)] as number;
      reorderDescending(orderIdx, orderVal);
      tallyCompetitionRanks(orderIdx, orderVal, rankCounts, stride);
    }
    for (const [c, [start, entities]] of chunkRanges.entries()) {
      const into = values[c] as Float32Array;
      for (let e = 0; e < entities; e++) {
        const i = start + e;
        const base = e * count + d0;
        for (let b = 0; b < size; b++) into[base + b] = blockValues[b * n + i] as number;
      }
    }
  }
  return ok({ from, count, values, rankCounts });
}

/** The value percentiles of one entity chunk over all draws: per entity of the chunk. */
export interface McChunkQuantiles {
  /** Draws with a point value (0: the entity has none, and its percentiles are NaN). */
  points: Uint32Array;
  p5: Float64Array;
  p50: Float64Array;
  p95: Float64Array;
}

/**
 * The p5, p50 and p95 of each entity of one chunk, from that chunk's values in every part
 * (`values[k]`: part k's, `counts[k]` draws an entity). A worker runs it on its chunk, so the
 * merge's heaviest step runs on every core at once and off the page's thread.
 */
export function chunkQuantiles(
  values: readonly Float32Array[],
  counts: readonly number[],
  entities: number,
): McChunkQuantiles {
  const draws = counts.reduce((sum, c) => sum + c, 0);
  const out: McChunkQuantiles = {
    points: new Uint32Array(entities),
    p5: new Float64Array(entities).fill(Number.NaN),
    p50: new Float64Array(entities).fill(Number.NaN),
    p95: new Float64Array(entities).fill(Number.NaN),
  };
  const pool = new Float64Array(draws);
  const scratch = quantileScratch(draws);
  for (let e = 0; e < entities; e++) {
    let m = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (const [k, part] of values.entries()) {
      const count = counts[k] as number;
      for (let d = e * count, end = d + count; d < end; d++) {
        const v = part[d] as number;
        if (v !== v) continue;
        pool[m++] = v;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
    out.points[e] = m;
    if (m === 0) continue;
    const q = valueQuantiles(pool, m, lo, hi, scratch);
    out.p5[e] = q.p5;
    out.p50[e] = q.p50;
    out.p95[e] = q.p95;
  }
  return out;
}

/**
 * The percentiles of parts that together cover draws 0 … opts.draws − 1 once each. The value
 * percentiles of each entity chunk are `quantiles[c]` when a worker found them (chunkQuantiles
 * over chunk c of every part), else found here.
 */
export function mergeMonteCarlo(
  p: PreparedScenario,
  opts: McOptions,
  parts: readonly McPart[],
  quantiles?: readonly McChunkQuantiles[],
): Result<McResult, string> {
  const draws = opts.draws ?? 10_000;
  const seed = opts.seed ?? 1;
  const measure = opts.measure ?? 'total';
  const covered = parts.reduce((sum, part) => sum + part.count, 0);
  if (covered !== draws) return err(`the parts cover ${covered} draws, not ${draws}`);
  const chunks = entityChunks(p.n, parts[0]?.values.length ?? 1);
  if (
    quantiles
      ? quantiles.length !== chunks.length
      : parts.some((part) => part.values.length !== chunks.length)
  ) {
    return err(`the parts do not split the ${p.n} entities alike`);
  }
  const found =
    quantiles ??
    chunks.map(([, entities], c) =>
      chunkQuantiles(
        parts.map((part) => part.values[c] as Float32Array),
        parts.map((part) => part.count),
        entities,
      ),
    );
  const stride = p.n + 2;
  const counts = new Uint32Array(stride);
  const entities: McEntity[] = [];
  for (const [c, [start, size]] of chunks.entries()) {
    const q = found[c] as McChunkQuantiles;
    for (let e = 0; e < size; e++) {
      const i = start + e;
      const code = p.codes[i] as Adcode;
      const pointDraws = q.points[e] as number;
      if (pointDraws === 0) {
        entities.push({ code, pointDraws, value: null, rank: null });
        continue;
      }
      counts.fill(0);
      for (const part of parts) {
        for (let r = 0; r < stride; r++) {
          counts[r] = (counts[r] as number) + (part.rankCounts[i * stride + r] as number);
        }
      }
      const rankDraws = draws - (counts[0] as number);
      entities.push({
        code,
        pointDraws,
        value: { p5: q.p5[e] as number, p50: q.p50[e] as number, p95: q.p95[e] as number },
        rank: rankDraws > 0 ? rankQuantiles(counts, rankDraws) : null,
      });
    }
  }
  return ok({ draws, seed, measure, entities });
}

/**
 * How many parts a run of `draws` is worth splitting into on `cores` cores: one per core (at
 * most four), and none below 2,000 draws a part — a worker's start-up and the layout's copy
 * would cost more than the draws it takes over.
 */
export function monteCarloParts(draws: number, cores: number): number {
  return Math.max(1, Math.min(4, Math.floor(cores) || 1, Math.floor(draws / 2000)));
}

/** Splits draws 0 … draws − 1 into `parts` contiguous [from, count] ranges. */
export function splitDraws(draws: number, parts: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0, from = 0; k < parts; k++) {
    const count = Math.floor(draws / parts) + (k < draws % parts ? 1 : 0);
    if (count > 0) out.push([from, count]);
    from += count;
  }
  return out;
}

/**
 * Insertion sort of `values` (largest first, NaN last), moving `order` alongside: values[k] is
 * the value of entity order[k].
 */
function reorderDescending(order: Int32Array, values: Float64Array): void {
  for (let k = 1; k < order.length; k++) {
    const v = values[k] as number;
    let j = k - 1;
    let a = values[j] as number;
    // a comes after v in descending order with NaN last.
    if (!(a < v || (a !== a && v === v))) continue;
    const idx = order[k] as number;
    do {
      values[j + 1] = a;
      order[j + 1] = order[j] as number;
      j--;
      if (j < 0) break;
      a = values[j] as number;
    } while (a < v || (a !== a && v === v));
    values[j + 1] = v;
    order[j + 1] = idx;
  }
}

/**
 * Competition ranks (1, 2, 2, 4) from values sorted descending, NaN last, each counted in its
 * entity's histogram: counts[entity × stride + rank] (rank 0: no value).
 */
function tallyCompetitionRanks(
  order: Int32Array,
  values: Float64Array,
  counts: Uint32Array,
  stride: number,
): void {
  for (let k = 0, rank = 0; k < order.length; k++) {
    const v = values[k] as number;
    // A value unlike the one before starts a run of ties, ranked by its position.
    if (k === 0 || v !== values[k - 1]) rank = k + 1;
    const c = (order[k] as number) * stride + (v === v ? rank : 0);
    counts[c] = (counts[c] as number) + 1;
  }
}

/**
 * A private copy of the spec with every ranged shock present, and one setter per range that
 * draws a value into it: each draw then only overwrites numbers (no allocation in the loop).
 */
function workingSpec(spec: ScenarioSpec, ranges: readonly Prepared[]) {
  let working: ScenarioSpec = {
    shocks: spec.shocks.map((s) => ({ ...s })),
    elasticities: { ...spec.elasticities },
  };
  for (const r of ranges) working = setParam(working, r.ref, getParam(working, r.ref));
  const setters = ranges.map(({ ref, range, mode }) => {
    const draw = (u: number): number =>
      range.distribution === 'uniform'
        ? uniform(u, range.min, range.max)
        : triangular(u, range.min, range.max, mode);
    if (ref.kind === 'elasticity') {
      return (u: number) => {
        working.elasticities[ref.name] = draw(u);
      };
    }
    const shock = working.shocks.find(
      (s) => s.dimension === ref.dimension && s.category === ref.category && s.flow === ref.flow,
    ) as ScenarioSpec['shocks'][number];
    return (u: number) => {
      shock.pct = draw(u);
    };
  });
  return { working, setters };
}
