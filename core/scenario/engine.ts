/**
 * The demand-shock engine: a shift-share on the shares the proxy chain found. For an entity and a
 * flow f, G_{f,d} = Σ_c s_{f,d,c} · g_{f,d,c} within each dimension d (the categories of a
 * dimension are disjoint), and the flow's value is multiplied by Π_d (1 + G_{f,d}) (dimensions
 * compound, on the assumption that they are independent). See README.md for why and a worked
 * example.
 *
 * Each result is a point (every share at its value) and a range (every stand-in share moved
 * within its range under the proxy rule, to the end that lowers, then raises, the result).
 * `recompute` is a tight loop over the active slots that writes into preallocated arrays.
 */
import { SHARE_FLAG, type PreparedScenario } from './layout';
import { rankInto } from './ranking';
import {
  BLOCKS,
  PROCESSING_EXPORTS_SLOT,
  SLOT_BLOCK,
  SLOT_COUNT,
  type CompiledShocks,
} from './slots';

export {
  KIND_CODE,
  MEASURES,
  PROXY_BITS,
  SHARE_FLAG,
  STEP_FLAG,
  prepareScenario,
  transferablePrepared,
  type BaseRanks,
  type EntityExposure,
  type PreparedScenario,
} from './layout';

/** Fields of the `entityFactors` output. */
export const F = {
  fx: 0,
  fm: 1,
  fxLow: 2,
  fxHigh: 3,
  fmLow: 4,
  fmHigh: 5,
  /** Linked processing imports per unit of exports (κ · s_proc · (F_proc − 1)), and its range. */
  link: 6,
  linkLow: 7,
  linkHigh: 8,
  /** 1 when an active exports (imports) slot has no share: that flow is not computable. */
  missingX: 9,
  missingM: 10,
  /** SHARE_FLAG bits of every share used. */
  used: 11,
} as const;
export const FACTOR_COUNT = 12;

const sums = new Float64Array(BLOCKS.length * 3);

const pos = (x: number): number => (x > 0 ? x : 0);

/**
 * Growth factors of one entity into `out` (see `F`): the exports and imports factors Π(1 + G) at
 * the shares' values and at the ends of their ranges, the κ link, and which flows miss a share.
 */
export function entityFactors(
  p: PreparedScenario,
  c: CompiledShocks,
  i: number,
  out: Float64Array,
): Float64Array {
  const o = i * SLOT_COUNT;
  const { active, growth, raw, activeCount } = c;
  sums.fill(0);
  let missX = 0;
  let missM = 0;
  let used = 0;
  for (let k = 0; k < activeCount; k++) {
    const s = active[k] as number;
    const b = SLOT_BLOCK[s] as number;
    const flags = p.flags[o + s] as number;
    used |= flags;
    if (flags & SHARE_FLAG.missing) {
      if (b < 3) missX = 1;
      else missM = 1;
      continue;
    }
    const g = growth[s] as number;
    const lo = (p.shareLow[o + s] as number) * g;
    const hi = (p.shareHigh[o + s] as number) * g;
    sums[b] = (sums[b] as number) + (p.shares[o + s] as number) * g;
    sums[6 + b] = (sums[6 + b] as number) + (lo < hi ? lo : hi);
    sums[12 + b] = (sums[12 + b] as number) + (lo < hi ? hi : lo);
  }
  // A factor below zero would mean negative trade: the flow stops at zero. Written out (no
  // closures, no loops): this runs once per entity per recompute.
  const v = sums;
  const px = pos(1 + (v[0] as number)) * pos(1 + (v[1] as number));
  const pxLow = pos(1 + (v[6] as number)) * pos(1 + (v[7] as number));
  const pxHigh = pos(1 + (v[12] as number)) * pos(1 + (v[13] as number));
  out[F.fx] = px * pos(1 + (v[2] as number));
  out[F.fxLow] = pxLow * pos(1 + (v[8] as number));
  out[F.fxHigh] = pxHigh * pos(1 + (v[14] as number));
  out[F.fm] = pos(1 + (v[3] as number)) * pos(1 + (v[4] as number)) * pos(1 + (v[5] as number));
  out[F.fmLow] =
    pos(1 + (v[9] as number)) * pos(1 + (v[10] as number)) * pos(1 + (v[11] as number));
  out[F.fmHigh] =
    pos(1 + (v[15] as number)) * pos(1 + (v[16] as number)) * pos(1 + (v[17] as number));
  out[F.link] = 0;
  out[F.linkLow] = 0;
  out[F.linkHigh] = 0;
  const kappa = c.importContent;
  if (kappa === kappa) {
    // Independence: processing exports move with their own shock times every other export dimension.
    const gProc = 1 + (raw[PROCESSING_EXPORTS_SLOT] as number);
    if (gProc * px !== 1 || gProc * pxLow !== 1 || gProc * pxHigh !== 1) {
      const at = o + PROCESSING_EXPORTS_SLOT;
      const flags = p.flags[at] as number;
      used |= flags;
      if (flags & SHARE_FLAG.missing) missM = 1;
      out[F.link] = kappa * (p.shares[at] as number) * (gProc * px - 1);
      // κ · s · (F_proc − 1) is monotone in s and in F_proc: its range is at their ends.
      const sLow = kappa * (p.shareLow[at] as number);
      const sHigh = kappa * (p.shareHigh[at] as number);
      const a = sLow * (gProc * pxLow - 1);
      const b = sLow * (gProc * pxHigh - 1);
      const d = sHigh * (gProc * pxLow - 1);
      const e = sHigh * (gProc * pxHigh - 1);
      out[F.linkLow] = Math.min(a, b, d, e);
      out[F.linkHigh] = Math.max(a, b, d, e);
    }
  }
  out[F.missingX] = missX;
  out[F.missingM] = missM;
  out[F.used] = used;
  return out;
}

/** `MeasureResult.status`: how far a result could be computed. */
export const STATUS = {
  /** A point (with a range when stand-in shares were used). */
  point: 0,
  /** A total without exports and imports and no split on any step: a range over every split. */
  rangeOnly: 1,
  /** A share the active shocks need has no step of the chain. */
  notComputable: 2,
  /** No baseline for this measure. */
  noBaseline: 3,
} as const;

export interface MeasureResult {
  baseline: Float64Array;
  /** Point result; NaN when there is none (see `status`). */
  scenario: Float64Array;
  /** Range of the result (equal to `scenario` when no stand-in share is used). */
  low: Float64Array;
  high: Float64Array;
  delta: Float64Array;
  deltaPct: Float64Array;
  status: Uint8Array;
  /** The Rankings view's rank (competition ranks 1, 2, 2, 4); 0 = not ranked there. */
  rank: Int32Array;
  /** Rank among the ranked entities with a point result; 0 = none. */
  newRank: Int32Array;
  /** Base rank among those same entities (like for like); rank change = comparableRank − newRank. */
  comparableRank: Int32Array;
  /** comparableRank − newRank: positive means the entity moved up. */
  deltaRank: Int32Array;
  /** How many entities have a new rank. */
  ranked: number;
}

export interface ScenarioResult {
  total: MeasureResult;
  exports: MeasureResult;
  imports: MeasureResult;
  /** SHARE_FLAG bits of the shares the active shocks used, per entity (the split's included). */
  usedFlags: Uint8Array;
}

const measureArrays = (n: number): MeasureResult => ({
  baseline: new Float64Array(n),
  scenario: new Float64Array(n),
  low: new Float64Array(n),
  high: new Float64Array(n),
  delta: new Float64Array(n),
  deltaPct: new Float64Array(n),
  status: new Uint8Array(n),
  rank: new Int32Array(n),
  newRank: new Int32Array(n),
  comparableRank: new Int32Array(n),
  deltaRank: new Int32Array(n),
  ranked: 0,
});

export function createResult(p: PreparedScenario): ScenarioResult {
  return {
    total: measureArrays(p.n),
    exports: measureArrays(p.n),
    imports: measureArrays(p.n),
    usedFlags: new Uint8Array(p.n),
  };
}

const factors = new Float64Array(FACTOR_COUNT);
const one = new Float64Array(4);
let rankScratch = new Float64Array(0);

/** Fields of the `measureFrom` output. */
export const R = { value: 0, low: 1, high: 2, status: 3 } as const;

/**
 * One measure (0 total, 1 exports, 2 imports) of entity `i` from its factors (`entityFactors`):
 * the point value (NaN if none), the range and the STATUS, into `out`. The one place the
 * arithmetic of a result lives; `recompute`, sensitivity and the tests all go through it.
 */
export function measureFrom(
  p: PreparedScenario,
  i: number,
  fac: Float64Array,
  measure: number,
  out: Float64Array,
): Float64Array {
  const x = p.exports[i] as number;
  const missX = fac[F.missingX] === 1;
  const missM = fac[F.missingM] === 1;
  const link = fac[F.link] as number;
  const linkLow = fac[F.linkLow] as number;
  const linkHigh = fac[F.linkHigh] as number;
  if (measure === 1) return flow(out, x, missX, fac[F.fx], fac[F.fxLow], fac[F.fxHigh], 0, 0, 0, 0);
  const linked = link !== 0 || linkLow !== 0 || linkHigh !== 0;
  if (measure === 2) {
    const m = p.imports[i] as number;
    // Linked processing imports need the exports value.
    const miss = missM || (linked && x !== x);
    return flow(out, m, miss, fac[F.fm], fac[F.fmLow], fac[F.fmHigh], x, link, linkLow, linkHigh);
  }
  const t = p.total[i] as number;
  const kind = p.kind[i] as number;
  if (kind === 2 || t !== t) return status(out, STATUS.noBaseline);
  if (missX || missM) return status(out, STATUS.notComputable);
  const fx = fac[F.fx] as number;
  const fm = fac[F.fm] as number;
  const fxLow = fac[F.fxLow] as number;
  const fmLow = fac[F.fmLow] as number;
  const fxHigh = fac[F.fxHigh] as number;
  const fmHigh = fac[F.fmHigh] as number;
  out[R.status] = STATUS.point;
  if (kind === 0) {
    // The published total moves by the flows' changes.
    const m = p.imports[i] as number;
    out[R.value] = moved(t, x, m, fx, fm, link);
    out[R.low] = moved(t, x, m, fxLow, fmLow, linkLow);
    out[R.high] = moved(t, x, m, fxHigh, fmHigh, linkHigh);
    return out;
  }
  const w = p.split[i] as number;
  if (w === w) {
    // A split borrowed along the chain: linear in w, so the range is at the ends of w's range.
    const wLow = p.splitLow[i] as number;
    const wHigh = p.splitHigh[i] as number;
    out[R.value] = withSplit(t, w, fx, fm, link);
    out[R.low] = Math.min(
      withSplit(t, wLow, fxLow, fmLow, linkLow),
      withSplit(t, wHigh, fxLow, fmLow, linkLow),
    );
    out[R.high] = Math.max(
      withSplit(t, wLow, fxHigh, fmHigh, linkHigh),
      withSplit(t, wHigh, fxHigh, fmHigh, linkHigh),
    );
    return out;
  }
  // No split on any step: over every w ∈ [0, 1] the total lies between T·a and T·b; a point
  // only when a = b (shocks that move both flows alike).
  out[R.low] = t * Math.min(fxLow + linkLow, fmLow);
  out[R.high] = t * Math.max(fxHigh + linkHigh, fmHigh);
  const a = fx + link;
  if (Math.abs(a - fm) <= 1e-9) out[R.value] = t * a;
  else {
    out[R.value] = Number.NaN;
    out[R.status] = STATUS.rangeOnly;
  }
  return out;
}

/** t + x·(F_x − 1 + link) + m·(F_m − 1): a published total moved by its flows' changes. */
const moved = (t: number, x: number, m: number, fx: number, fm: number, link: number): number =>
  t + x * (fx - 1 + link) + m * (fm - 1);

/** T·(1 + w·(F_x − 1 + link) + (1 − w)·(F_m − 1)): a total split by an export share w. */
const withSplit = (t: number, w: number, fx: number, fm: number, link: number): number =>
  t * (1 + w * (fx - 1 + link) + (1 - w) * (fm - 1));

/** Whether entity i's total uses a borrowed split: only when exports and imports move apart. */
export function splitMatters(p: PreparedScenario, i: number, fac: Float64Array): boolean {
  if (p.kind[i] !== 1 || p.split[i] !== p.split[i]) return false;
  return (
    fac[F.fx] !== fac[F.fm] ||
    fac[F.fxLow] !== fac[F.fmLow] ||
    fac[F.fxHigh] !== fac[F.fmHigh] ||
    fac[F.link] !== 0 ||
    fac[F.linkLow] !== 0 ||
    fac[F.linkHigh] !== 0
  );
}

function status(out: Float64Array, s: number): Float64Array {
  out[R.value] = Number.NaN;
  out[R.low] = Number.NaN;
  out[R.high] = Number.NaN;
  out[R.status] = s;
  return out;
}

/** One flow: value × factor (+ exports × link for linked processing imports). */
function flow(
  out: Float64Array,
  base: number,
  missing: boolean,
  f: number | undefined,
  fLow: number | undefined,
  fHigh: number | undefined,
  x: number,
  link: number,
  linkLow: number,
  linkHigh: number,
): Float64Array {
  if (base !== base) return status(out, STATUS.noBaseline);
  if (missing) return status(out, STATUS.notComputable);
  out[R.value] = base * (f as number) + x * link;
  out[R.low] = base * (fLow as number) + x * linkLow;
  out[R.high] = base * (fHigh as number) + x * linkHigh;
  out[R.status] = STATUS.point;
  return out;
}

/** Recomputes every entity in place (no allocation after the first call at a given size). */
export function recompute(
  p: PreparedScenario,
  c: CompiledShocks,
  out: ScenarioResult = createResult(p),
): ScenarioResult {
  const measures = [out.total, out.exports, out.imports];
  const bases = [p.total, p.exports, p.imports];
  for (let i = 0; i < p.n; i++) {
    entityFactors(p, c, i, factors);
    for (let m = 0; m < 3; m++) {
      measureFrom(p, i, factors, m, one);
      const r = measures[m] as MeasureResult;
      const base = (bases[m] as Float64Array)[i] as number;
      const v = one[R.value] as number;
      r.baseline[i] = base;
      r.scenario[i] = v;
      r.low[i] = one[R.low] as number;
      r.high[i] = one[R.high] as number;
      r.delta[i] = v - base;
      r.deltaPct[i] = ((v - base) / base) * 100;
      r.status[i] = one[R.status] as number;
    }
    out.usedFlags[i] =
      (factors[F.used] as number) | (splitMatters(p, i, factors) ? (p.splitFlags[i] as number) : 0);
  }
  for (let m = 0; m < 3; m++) rankMeasure(measures[m] as MeasureResult, p, m);
  return out;
}

/**
 * Ranks: the Rankings view's rank as the base; new ranks among the entities it ranks that have a
 * point result, and their base rank among those same entities, so a rank change compares like
 * with like (an entity that is not computable neither moves nor makes others move).
 */
function rankMeasure(r: MeasureResult, p: PreparedScenario, m: number): void {
  const n = p.n;
  if (rankScratch.length < n) rankScratch = new Float64Array(n);
  const base = p.rankedBase.subarray(m * n, (m + 1) * n);
  r.rank.set(p.baseRank.subarray(m * n, (m + 1) * n));
  r.ranked = rankInto(r.scenario, base, r.scenario, r.newRank, rankScratch);
  rankInto(base, base, r.scenario, r.comparableRank, rankScratch);
  for (let i = 0; i < n; i++) {
    r.deltaRank[i] =
      r.newRank[i] === 0 ? 0 : (r.comparableRank[i] as number) - (r.newRank[i] as number);
  }
}
