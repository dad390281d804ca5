/**
 * The engine's flat layout: baselines, the shares the proxy chain found for every slot (value and
 * range), the export/import split borrowed for entities that publish only a total, and the
 * Rankings view's ranks. Built once per year, level and set of user shares (`prepareScenario`);
 * `recompute` then loops over typed arrays only. Everything but `slotShares` and `splits` is a
 * typed array, so the layout posts cheaply to a Web Worker.
 */
import type { Adcode } from '../model';
import type { Baseline, BaselineKind } from './baseline';
import { isChainShare, type ChainStep, type SlotShare } from './proxy-chain';
import { rankInto } from './ranking';
import { SLOT_COUNT } from './slots';
import type { SplitShare } from './trade-split';

export const KIND_CODE: Readonly<Record<BaselineKind, number>> = {
  split: 0,
  total_only: 1,
  flow_only: 2,
};

/** Bits of `PreparedScenario.flags`, `splitFlags` and `ScenarioResult.usedFlags`. */
export const SHARE_FLAG = {
  /** No step of the proxy chain has a share: results that need it are not computable. */
  missing: 1,
  derived: 2,
  ownEarlier: 4,
  provinceProxy: 8,
  nationalProxy: 16,
  user: 32,
  /** A share of total trade stood in for a share of exports or of imports. */
  fromTotal: 64,
  /** The data says to ask the user for this share (no proxy may stand in). */
  askUser: 128,
} as const;

/** Any step that stands in for the entity's own base-year share. */
export const PROXY_BITS =
  SHARE_FLAG.ownEarlier | SHARE_FLAG.provinceProxy | SHARE_FLAG.nationalProxy;

export const STEP_FLAG: Readonly<Record<ChainStep, number>> = {
  user: SHARE_FLAG.user,
  own: 0,
  own_earlier: SHARE_FLAG.ownEarlier,
  province: SHARE_FLAG.provinceProxy,
  national: SHARE_FLAG.nationalProxy,
};

/** Measures in the order of `baseRank` and `rankedBase` (3 runs of n, measure-major). */
export const MEASURES = ['total', 'exports', 'imports'] as const;
export type Measure3 = (typeof MEASURES)[number];

/** What the chain found for one entity: a share (or why none) per slot, and a split. */
export interface EntityExposure {
  code: Adcode;
  /** SLOT_COUNT entries, in SLOTS order. */
  slots: SlotShare[];
  split: SplitShare | null;
}

export interface PreparedScenario {
  n: number;
  codes: Adcode[];
  kind: Uint8Array;
  /** 亿元; NaN where not published. */
  total: Float64Array;
  exports: Float64Array;
  imports: Float64Array;
  /** Export share of a total-only entity from the split chain (fraction); NaN where none is used. */
  split: Float64Array;
  splitLow: Float64Array;
  splitHigh: Float64Array;
  /** SHARE_FLAG step bits of the split. */
  splitFlags: Uint8Array;
  /** n × SLOT_COUNT shares as fractions (0 where missing), with their range under the rule. */
  shares: Float64Array;
  shareLow: Float64Array;
  shareHigh: Float64Array;
  /** n × SLOT_COUNT SHARE_FLAG bits. */
  flags: Uint8Array;
  /** 3 × n ranks of the Rankings view (total, exports, imports runs); 0 = not ranked there. */
  baseRank: Int32Array;
  /** 3 × n baselines of the ranked entities (NaN for the others): the new ranks' population. */
  rankedBase: Float64Array;
  /** The chain's record behind each slot (for explanations); empty in a worker's copy. */
  slotShares: (SlotShare | null)[];
  splits: (SplitShare | null)[];
}

/** Base ranks per entity code: total, exports, imports (null = not ranked in Rankings). */
export type BaseRanks = ReadonlyMap<string, readonly [number | null, number | null, number | null]>;

function shareFlags(s: SlotShare): number {
  if (!isChainShare(s))
    return SHARE_FLAG.missing | (s.reason === 'ask_user' ? SHARE_FLAG.askUser : 0);
  let bits = STEP_FLAG[s.step];
  if (s.provenance === 'derived') bits |= SHARE_FLAG.derived;
  if (s.shareOf === 'total') bits |= SHARE_FLAG.fromTotal;
  return bits;
}

/**
 * Lays out baselines and the chain's shares. `baseRanks` are the Rankings view's ranks for the
 * same year and level (the app passes them); without them, competition ranks of the baselines.
 */
export function prepareScenario(
  baseline: Baseline,
  exposures: ReadonlyMap<string, EntityExposure>,
  baseRanks?: BaseRanks,
): PreparedScenario {
  const n = baseline.entities.length;
  const ents = baseline.entities;
  const p: PreparedScenario = {
    n,
    codes: ents.map((e) => e.code),
    kind: Uint8Array.from(ents, (e) => KIND_CODE[e.kind]),
    total: Float64Array.from(ents, (e) => e.total ?? Number.NaN),
    exports: Float64Array.from(ents, (e) => e.exports ?? Number.NaN),
    imports: Float64Array.from(ents, (e) => e.imports ?? Number.NaN),
    split: new Float64Array(n).fill(Number.NaN),
    splitLow: new Float64Array(n).fill(Number.NaN),
    splitHigh: new Float64Array(n).fill(Number.NaN),
    splitFlags: new Uint8Array(n),
    shares: new Float64Array(n * SLOT_COUNT),
    shareLow: new Float64Array(n * SLOT_COUNT),
    shareHigh: new Float64Array(n * SLOT_COUNT),
    flags: new Uint8Array(n * SLOT_COUNT).fill(SHARE_FLAG.missing),
    baseRank: new Int32Array(n * 3),
    rankedBase: new Float64Array(n * 3).fill(Number.NaN),
    slotShares: new Array<SlotShare | null>(n * SLOT_COUNT).fill(null),
    splits: new Array<SplitShare | null>(n).fill(null),
  };
  ents.forEach((entity, i) => {
    const x = exposures.get(entity.code);
    if (entity.kind === 'total_only' && x?.split) {
      const s = x.split;
      p.split[i] = s.exportShare;
      p.splitLow[i] = s.low;
      p.splitHigh[i] = s.high;
      p.splitFlags[i] = s.step === 'own' ? 0 : STEP_FLAG[s.step];
      p.splits[i] = s;
    }
    for (let s = 0; s < SLOT_COUNT; s++) {
      const share = x?.slots[s];
      if (!share) continue;
      const o = i * SLOT_COUNT + s;
      p.slotShares[o] = share;
      p.flags[o] = shareFlags(share);
      if (!isChainShare(share)) continue;
      p.shares[o] = share.pct / 100;
      p.shareLow[o] = share.low / 100;
      p.shareHigh[o] = share.high / 100;
    }
  });
  setBaseRanks(p, baseRanks);
  return p;
}

function setBaseRanks(p: PreparedScenario, baseRanks: BaseRanks | undefined): void {
  const values = [p.total, p.exports, p.imports];
  values.forEach((v, m) => {
    let ranks: Int32Array;
    if (baseRanks) {
      ranks = Int32Array.from(p.codes, (code) => baseRanks.get(code)?.[m] ?? 0);
    } else {
      ranks = new Int32Array(p.n);
      rankInto(v, v, v, ranks, new Float64Array(p.n));
    }
    for (let i = 0; i < p.n; i++) {
      p.baseRank[m * p.n + i] = ranks[i] as number;
      if ((ranks[i] as number) > 0) p.rankedBase[m * p.n + i] = v[i] as number;
    }
  });
}

/** The layout without its object references, for posting to a worker. */
export function transferablePrepared(p: PreparedScenario): PreparedScenario {
  return { ...p, slotShares: [], splits: [] };
}
