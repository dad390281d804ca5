/**
 * The Monte Carlo's inner loop: one draw's value of every entity. It repeats `entityFactors` and
 * `measureFrom` (engine.ts) for the one case the draws need — a point value, with each stand-in
 * share and borrowed split drawn within its range — over only the slots the scenario's shocks can
 * touch, packed per entity, so that 10,000 draws over ~300 entities stay near 100 ms. The tests
 * hold it equal to `evaluateValue` when nothing is drawn.
 */
import { SHARE_FLAG, type PreparedScenario } from './engine';
import type { ResultMeasure } from './evaluate';
import type { ScenarioSpec } from './params';
import {
  PROCESSING_EXPORTS_SLOT,
  SLOT_BLOCK,
  SLOT_COUNT,
  shockSlots,
  type CompiledShocks,
} from './slots';

/**
 * Writes one draw's value of every entity into out[at, at + n) (NaN where there is no point),
 * taking its uniform numbers in order from u[from, from + randoms).
 */
export interface Kernel {
  run(c: CompiledShocks, u: Float64Array, from: number, out: Float64Array, at: number): void;
  /** Uniform numbers one draw takes: fixed by the layout, never by a value drawn. */
  randoms: number;
}

const MEASURE: Readonly<Record<ResultMeasure, number>> = { total: 0, exports: 1, imports: 2 };

/**
 * Packs the layout for `spec`'s shocks (the working spec whose shock values the draws change:
 * which slots they touch does not change) and returns the kernel.
 */
export function createKernel(
  p: PreparedScenario,
  spec: ScenarioSpec,
  measure: ResultMeasure,
  standIns: boolean,
): Kernel {
  const { n } = p;
  const kappaOn = spec.elasticities.processingImportContent !== null;
  const touched = new Set<number>();
  for (const shock of spec.shocks) for (const s of shockSlots(shock)) touched.add(s);
  if (kappaOn) touched.add(PROCESSING_EXPORTS_SLOT);
  const K = Int32Array.from([...touched].sort((a, b) => a - b));
  const nK = K.length;
  const blk = Int32Array.from(K, (s) => SLOT_BLOCK[s] as number);
  const procAt = K.indexOf(PROCESSING_EXPORTS_SLOT);
  const exportsShocked = spec.shocks.some((s) =>
    shockSlots(s).some((slot) => (SLOT_BLOCK[slot] as number) < 3),
  );
  const S = new Float64Array(n * nK);
  const LO = new Float64Array(n * nK);
  const SPAN = new Float64Array(n * nK);
  const W = new Float64Array(n);
  const WLO = new Float64Array(n);
  const WSPAN = new Float64Array(n);
  const skip = new Uint8Array(n);
  const m = MEASURE[measure];
  for (let i = 0; i < n; i++) {
    let missX = false;
    let missM = false;
    for (let k = 0; k < nK; k++) {
      const o = i * SLOT_COUNT + (K[k] as number);
      const j = i * nK + k;
      if ((p.flags[o] as number) & SHARE_FLAG.missing) {
        if (k === procAt && !touchedByShock(spec, K[k] as number)) {
          if (exportsShocked) missM = true;
        } else if ((blk[k] as number) < 3) missX = true;
        else missM = true;
        continue;
      }
      S[j] = p.shares[o] as number;
      LO[j] = standIns ? (p.shareLow[o] as number) : (p.shares[o] as number);
      SPAN[j] = standIns ? (p.shareHigh[o] as number) - (p.shareLow[o] as number) : 0;
    }
    W[i] = p.split[i] as number;
    WLO[i] = standIns ? (p.splitLow[i] as number) : (p.split[i] as number);
    WSPAN[i] = standIns ? (p.splitHigh[i] as number) - (p.splitLow[i] as number) : 0;
    const x = p.exports[i] as number;
    if (m === 1) skip[i] = Number(x !== x || missX);
    else if (m === 2)
      skip[i] = Number(p.imports[i] !== p.imports[i] || missM || (kappaOn && x !== x));
    else skip[i] = Number(p.kind[i] === 2 || p.total[i] !== p.total[i] || missX || missM);
  }

  // K is sorted by slot and slots by block, so each block's slots are one run of K.
  const runs: { block: number; end: number }[] = [];
  for (let k = 0; k < nK; k++) {
    const b = blk[k] as number;
    if (runs.at(-1)?.block === b) (runs.at(-1) as { end: number }).end = k + 1;
    else runs.push({ block: b, end: k + 1 });
  }
  const runEnd = Int32Array.from(runs, (r) => r.end);
  const nRuns = runs.length;
  const g = new Float64Array(nK);
  const { exports: X, imports: M, total: T, kind: KIND } = p;
  // The numbers a draw takes: one per drawn share of an entity with a point, one per drawn split
  // of a total-only entity when the measure is the total (the tests in run() below, counted).
  let randoms = 0;
  for (let i = 0; i < n; i++) {
    if (skip[i] === 1) continue;
    for (let k = 0; k < nK; k++) if ((SPAN[i * nK + k] as number) > 0) randoms++;
    if (m === 0 && KIND[i] !== 0 && (WSPAN[i] as number) > 0) randoms++;
  }
  // Per entity and slot, interleaved: the share (its low end when drawn) and the span it is drawn
  // over (0: not drawn). One array read in order instead of three.
  const AS = new Float64Array(2 * n * nK);
  for (let j = 0; j < n * nK; j++) {
    const span = SPAN[j] as number;
    AS[2 * j] = span > 0 ? (LO[j] as number) : (S[j] as number);
    AS[2 * j + 1] = span > 0 ? span : 0;
  }
  const live = Int32Array.from(Array.from({ length: n }, (_, i) => i).filter((i) => skip[i] === 0));
  const nLive = live.length;
  const dead = Int32Array.from(Array.from({ length: n }, (_, i) => i).filter((i) => skip[i] === 1));
  const nDead = dead.length;
  // The shares a draw uses, entity-major: fixed ones written once, drawn ones overwritten by
  // every draw (and the splits likewise), so the entity loop below has no branch per slot.
  const CUR = new Float64Array(n * nK);
  const WCUR = Float64Array.from(W);
  // Each drawn share and split with the offset of its uniform number in a draw's run of them:
  // live entities in order, each one's drawn shares by slot, then its drawn split.
  const shareDraws = new DrawList();
  const splitDraws = new DrawList();
  for (let j = 0; j < n * nK; j++) CUR[j] = AS[2 * j] as number;
  let off = 0;
  for (let e = 0; e < nLive; e++) {
    const i = live[e] as number;
    for (let k = 0; k < nK; k++) {
      const j = i * nK + k;
      const span = AS[2 * j + 1] as number;
      if (span > 0) {
        shareDraws.add(j, AS[2 * j] as number, span, off++);
      }
    }
    if (m === 0 && KIND[i] !== 0 && (WSPAN[i] as number) > 0) {
      splitDraws.add(i, WLO[i] as number, WSPAN[i] as number, off++);
    }
  }
  const SHARE_DRAWS = shareDraws.pack();
  const SPLIT_DRAWS = splitDraws.pack();
  const RKIND = Int32Array.from(runs, (r) => (r.block < 2 ? 0 : r.block === 2 ? 1 : 2));
  const run = (c: CompiledShocks, u: Float64Array, from: number, out: Float64Array, at: number) => {
    for (let k = 0; k < nK; k++) g[k] = c.growth[K[k] as number] as number;
    drawInto(CUR, SHARE_DRAWS, u, from);
    drawInto(WCUR, SPLIT_DRAWS, u, from);
    const kappa = c.importContent;
    const hasKappa = kappa === kappa;
    const gProc = 1 + (c.raw[PROCESSING_EXPORTS_SLOT] as number);
    for (let d = 0; d < nDead; d++) out[at + (dead[d] as number)] = Number.NaN;
    for (let e = 0; e < nLive; e++) {
      const i = live[e] as number;
      const j = i * nK;
      // Factors per flow: partner × product (px), × trade mode (fx); imports' three (fm).
      let px = 1;
      let fMode = 1;
      let fm = 1;
      let k = 0;
      for (let r = 0; r < nRuns; r++) {
        const end = runEnd[r] as number;
        // One or two slots (nearly every block): the sum written out. 0 + a·b is a·b except for
        // −0, which gives the same factor 1.
        let sum: number;
        if (end - k === 1) {
          sum = (CUR[j + k] as number) * (g[k] as number);
          k++;
        } else if (end - k === 2) {
          sum =
            (CUR[j + k] as number) * (g[k] as number) +
            (CUR[j + k + 1] as number) * (g[k + 1] as number);
          k += 2;
        } else {
          sum = 0;
          for (; k < end; k++) sum += (CUR[j + k] as number) * (g[k] as number);
        }
        // A factor below zero would mean negative trade: the flow stops at zero.
        const f = sum > -1 ? 1 + sum : 0;
        const kind = RKIND[r] as number;
        if (kind === 0) px *= f;
        else if (kind === 1) fMode = f;
        else fm *= f;
      }
      const sProc = procAt >= 0 ? (CUR[j + procAt] as number) : 0;
      const fx = px * fMode;
      const link = hasKappa ? kappa * sProc * (gProc * px - 1) : 0;
      const x = X[i] as number;
      let v: number;
      if (m === 1) v = x * fx;
      else if (m === 2) v = (M[i] as number) * fm + (link === 0 ? 0 : x * link);
      else {
        const t = T[i] as number;
        if (KIND[i] === 0) v = t + x * (fx - 1 + link) + (M[i] as number) * (fm - 1);
        else {
          const w = WCUR[i] as number;
          if (w === w) v = t * (1 + w * (fx - 1 + link) + (1 - w) * (fm - 1));
          else v = Math.abs(fx + link - fm) <= 1e-9 ? t * (fx + link) : Number.NaN;
        }
      }
      out[at + i] = v;
    }
  };
  return { run, randoms };
}

/** Values a draw overwrites: value t goes to pos[t] as lo[t] + u[from + at[t]] × span[t]. */
interface Draws {
  pos: Int32Array;
  lo: Float64Array;
  span: Float64Array;
  at: Int32Array;
}

/** Collects the drawn values while the layout is packed, then packs them into typed arrays. */
class DrawList {
  private readonly pos: number[] = [];
  private readonly lo: number[] = [];
  private readonly span: number[] = [];
  private readonly at: number[] = [];
  add(pos: number, lo: number, span: number, at: number): void {
    this.pos.push(pos);
    this.lo.push(lo);
    this.span.push(span);
    this.at.push(at);
  }
  pack(): Draws {
    return {
      pos: Int32Array.from(this.pos),
      lo: Float64Array.from(this.lo),
      span: Float64Array.from(this.span),
      at: Int32Array.from(this.at),
    };
  }
}

/** Writes one draw's values into `target`, taking uniform numbers from u[from, …). */
function drawInto(target: Float64Array, d: Draws, u: Float64Array, from: number): void {
  const { pos, lo, span, at } = d;
  const count = pos.length;
  for (let t = 0; t < count; t++)
    target[pos[t] as number] =
      (lo[t] as number) + (u[from + (at[t] as number)] as number) * (span[t] as number);
}

function touchedByShock(spec: ScenarioSpec, slot: number): boolean {
  return spec.shocks.some((s) => shockSlots(s).includes(slot));
}
