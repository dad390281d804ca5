/**
 * The demand-shock engine: a shift-share on exposure profiles. For an entity and a flow f,
 * G_{f,d} = Σ_c s_{f,d,c} · g_{f,d,c} within each dimension d (the categories of a dimension are
 * disjoint), and the flow's value is multiplied by Π_d (1 + G_{f,d}) (dimensions compound, on
 * the assumption that they are independent). See README.md for why and a worked example.
 *
 * `prepareScenario` lays shares out in flat typed arrays once; `recompute` is then a tight loop
 * over the active slots that writes into preallocated result arrays.
 */
import type { Adcode } from '../model';
import type { Baseline, BaselineKind } from './baseline';
import {
  BLOCKS,
  PROCESSING_EXPORTS_SLOT,
  SLOTS,
  SLOT_BLOCK,
  SLOT_COUNT,
  type CompiledShocks,
} from './slots';
import type { DimensionExposure, ExposureProfile, Share, ShareBasis } from './types';
import { rankInto } from './ranking';

export const KIND_CODE: Readonly<Record<BaselineKind, number>> = {
  split: 0,
  total_only: 1,
  flow_only: 2,
};

/** Bits of `PreparedScenario.flags` and `ScenarioResult.usedFlags`. */
export const SHARE_FLAG = {
  missing: 1,
  derived: 2,
  provinceProxy: 4,
  nationalProxy: 8,
  user: 16,
  /** A share of total trade stood in for a share of exports or of imports. */
  fromTotal: 32,
} as const;

const PROVENANCE_FLAG: Readonly<Record<Share['provenance'], number>> = {
  published: 0,
  derived: SHARE_FLAG.derived,
  province_proxy: SHARE_FLAG.provinceProxy,
  national_proxy: SHARE_FLAG.nationalProxy,
  user: SHARE_FLAG.user,
  missing: SHARE_FLAG.missing,
};

export interface PreparedScenario {
  n: number;
  codes: Adcode[];
  kind: Uint8Array;
  /** 亿元; NaN where not published. */
  total: Float64Array;
  exports: Float64Array;
  imports: Float64Array;
  /** n × SLOT_COUNT shares as fractions (0 where missing). */
  shares: Float64Array;
  /** n × SLOT_COUNT SHARE_FLAG bits. */
  flags: Uint8Array;
  /** n × SLOT_COUNT: the Share behind each slot (for explanations; null if none). */
  shareRefs: (Share | null)[];
}

/** Flow bases to try per block, best first: a flow's own shares, then shares of total trade. */
const BASES: Readonly<Record<string, readonly ShareBasis[]>> = {
  exports: ['export', 'total'],
  imports: ['import', 'total'],
};

function pickDimension(profile: ExposureProfile | undefined, block: number) {
  const b = BLOCKS[block] as (typeof BLOCKS)[number];
  const found = (BASES[b.flow] as ShareBasis[])
    .map((basis) =>
      profile?.dimensions.find((d) => d.dimension === b.dimension && d.basis === basis),
    )
    .filter((d): d is DimensionExposure => d !== undefined);
  // The entity's own (or user) shares on either basis beat a proxy on the flow's own basis.
  return found.find((d) => d.origin === 'own' || d.origin === 'user') ?? found[0] ?? null;
}

/** Lays out baselines and shares for fast recomputation. Entities without a profile are all missing. */
export function prepareScenario(
  baseline: Baseline,
  profiles: readonly ExposureProfile[],
): PreparedScenario {
  const n = baseline.entities.length;
  const byCode = new Map(profiles.map((p) => [p.code as string, p]));
  const p: PreparedScenario = {
    n,
    codes: baseline.entities.map((e) => e.code),
    kind: Uint8Array.from(baseline.entities, (e) => KIND_CODE[e.kind]),
    total: Float64Array.from(baseline.entities, (e) => e.total ?? Number.NaN),
    exports: Float64Array.from(baseline.entities, (e) => e.exports ?? Number.NaN),
    imports: Float64Array.from(baseline.entities, (e) => e.imports ?? Number.NaN),
    shares: new Float64Array(n * SLOT_COUNT),
    flags: new Uint8Array(n * SLOT_COUNT).fill(SHARE_FLAG.missing),
    shareRefs: new Array<Share | null>(n * SLOT_COUNT).fill(null),
  };
  baseline.entities.forEach((entity, i) => {
    const profile = byCode.get(entity.code);
    for (let block = 0; block < BLOCKS.length; block++) {
      const dim = pickDimension(profile, block);
      if (!dim) continue;
      const fromTotal = dim.basis === 'total' ? SHARE_FLAG.fromTotal : 0;
      for (let s = 0; s < SLOT_COUNT; s++) {
        if (SLOT_BLOCK[s] !== block) continue;
        const share = dim.shares.find(
          (x) => x.category === (SLOTS[s] as { category: string }).category,
        );
        if (!share) continue;
        const o = i * SLOT_COUNT + s;
        p.shareRefs[o] = share;
        p.shares[o] = share.pct === null ? 0 : share.pct / 100;
        p.flags[o] =
          (share.pct === null ? SHARE_FLAG.missing : PROVENANCE_FLAG[share.provenance]) | fromTotal;
      }
    }
  });
  return p;
}

/**
 * Growth factors of one entity: out[0] = exports factor Π(1+G), out[1] = imports factor,
 * out[2] = linked processing imports per unit of exports (κ · s_proc · (F_proc − 1)),
 * out[3] = F_proc − 1 when κ is set (else 0), to tell whether the link was used.
 */
export function entityFactors(
  p: PreparedScenario,
  c: CompiledShocks,
  i: number,
  out: Float64Array,
): Float64Array {
  const o = i * SLOT_COUNT;
  const { active, growth, raw, blockEnd } = c;
  const sh = p.shares;
  // Active slots are sorted, so each block is one run of them: six sums in locals.
  const g0 = blockSum(sh, o, active, growth, 0, blockEnd[0] as number);
  const g1 = blockSum(sh, o, active, growth, blockEnd[0] as number, blockEnd[1] as number);
  const g2 = blockSum(sh, o, active, growth, blockEnd[1] as number, blockEnd[2] as number);
  const g3 = blockSum(sh, o, active, growth, blockEnd[2] as number, blockEnd[3] as number);
  const g4 = blockSum(sh, o, active, growth, blockEnd[3] as number, blockEnd[4] as number);
  const g5 = blockSum(sh, o, active, growth, blockEnd[4] as number, blockEnd[5] as number);
  const nonMode = (1 + g0) * (1 + g1);
  out[0] = nonMode * (1 + g2);
  out[1] = (1 + g3) * (1 + g4) * (1 + g5);
  const kappa = c.importContent;
  if (kappa === kappa) {
    // Independence: processing exports move with their own shock times every other export dimension.
    const fProc = (1 + (raw[PROCESSING_EXPORTS_SLOT] as number)) * nonMode;
    out[2] = kappa * (p.shares[o + PROCESSING_EXPORTS_SLOT] as number) * (fProc - 1);
    out[3] = fProc - 1;
  } else {
    out[2] = 0;
    out[3] = 0;
  }
  return out;
}

function blockSum(
  shares: Float64Array,
  o: number,
  active: Int32Array,
  growth: Float64Array,
  from: number,
  to: number,
): number {
  let sum = 0;
  for (let k = from; k < to; k++) {
    const s = active[k] as number;
    sum += (shares[o + s] as number) * (growth[s] as number);
  }
  return sum;
}

export interface MeasureResult {
  baseline: Float64Array;
  /** Point result; NaN when there is none (no baseline, or only a range). */
  scenario: Float64Array;
  /** Range of the result; equal to `scenario` when there is a point. */
  low: Float64Array;
  high: Float64Array;
  delta: Float64Array;
  deltaPct: Float64Array;
  /** Competition ranks (1, 2, 2, 4) among `ranked` entities; 0 = not ranked. */
  rank: Int32Array;
  newRank: Int32Array;
  /** rank − newRank: positive means the entity moved up. */
  deltaRank: Int32Array;
  ranked: number;
}

export interface ScenarioResult {
  total: MeasureResult;
  exports: MeasureResult;
  imports: MeasureResult;
  /** SHARE_FLAG bits of the shares the active shocks actually used, per entity. */
  usedFlags: Uint8Array;
}

const measureArrays = (n: number): MeasureResult => ({
  baseline: new Float64Array(n),
  scenario: new Float64Array(n),
  low: new Float64Array(n),
  high: new Float64Array(n),
  delta: new Float64Array(n),
  deltaPct: new Float64Array(n),
  rank: new Int32Array(n),
  newRank: new Int32Array(n),
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

const factors = new Float64Array(4);
let rankScratch = new Float64Array(0);

/** Recomputes every entity in place (no allocation after the first call at a given size). */
export function recompute(
  p: PreparedScenario,
  c: CompiledShocks,
  out: ScenarioResult = createResult(p),
): ScenarioResult {
  const { total: T, exports: X, imports: M } = out;
  for (let i = 0; i < p.n; i++) {
    entityFactors(p, c, i, factors);
    const fx = factors[0] as number;
    const fm = factors[1] as number;
    const link = factors[2] as number;
    const x = p.exports[i] as number;
    const m = p.imports[i] as number;
    const t = p.total[i] as number;
    const x1 = x * fx;
    // Linked processing imports need the exports value; without it there is no point result.
    const m1 = link === 0 ? m * fm : m * fm + x * link;
    setPoint(X, i, x, x1);
    setPoint(M, i, m, m1);
    if (p.kind[i] === 0) setPoint(T, i, t, t + (x1 - x) + (m1 - m));
    else if (p.kind[i] === 1) setRange(T, i, t, fx + link, fm);
    else setPoint(T, i, Number.NaN, Number.NaN);
    out.usedFlags[i] = usedFlags(p, c, i, factors[3] !== 0);
  }
  for (const r of [T, X, M]) rankMeasure(r);
  return out;
}

function setPoint(r: MeasureResult, i: number, base: number, value: number): void {
  r.baseline[i] = base;
  r.scenario[i] = value;
  r.low[i] = value;
  r.high[i] = value;
  r.delta[i] = value - base;
  r.deltaPct[i] = ((value - base) / base) * 100;
}

/**
 * A total without both flows: the export share w of the total is unknown, and the result
 * T·(w·a + (1−w)·b) is linear in w, so over w ∈ [0, 1] it lies between T·a and T·b.
 */
function setRange(r: MeasureResult, i: number, t: number, a: number, b: number): void {
  if (Math.abs(a - b) <= 1e-12) return setPoint(r, i, t, t * a);
  setPoint(r, i, t, Number.NaN);
  r.low[i] = t * Math.min(a, b);
  r.high[i] = t * Math.max(a, b);
}

function usedFlags(p: PreparedScenario, c: CompiledShocks, i: number, linked: boolean): number {
  const o = i * SLOT_COUNT;
  let bits = 0;
  for (let k = 0; k < c.activeCount; k++) bits |= p.flags[o + (c.active[k] as number)] as number;
  if (linked) bits |= p.flags[o + PROCESSING_EXPORTS_SLOT] as number;
  return bits;
}

function rankMeasure(r: MeasureResult): void {
  const n = r.baseline.length;
  if (rankScratch.length < n) rankScratch = new Float64Array(n);
  // Rank only entities with both a baseline and a point result, so rank and newRank compare alike.
  r.ranked = rankInto(r.baseline, r.baseline, r.scenario, r.rank, rankScratch);
  rankInto(r.scenario, r.baseline, r.scenario, r.newRank, rankScratch);
  for (let i = 0; i < n; i++) {
    r.deltaRank[i] = r.rank[i] === 0 ? 0 : (r.rank[i] as number) - (r.newRank[i] as number);
  }
}
