/**
 * Readable views of an engine result: one object per entity for tables, exports and the CLI, with
 * every share the result rests on and the step of the proxy chain it came from (own, own 2023,
 * province proxy 广东 2024, national proxy 2025, user), the borrowed export/import split, and why
 * a result could not be computed. Built on demand, outside the hot loop.
 */
import type { Adcode } from '../model';
import type { BaselineKind } from './baseline';
import {
  entityFactors,
  FACTOR_COUNT,
  KIND_CODE,
  PROXY_BITS,
  SHARE_FLAG,
  splitMatters,
  STATUS,
  type MeasureResult,
  type PreparedScenario,
  type ScenarioResult,
} from './engine';
import { isChainShare, type ChainStep } from './proxy-chain';
import { PROCESSING_EXPORTS_SLOT, SLOTS, SLOT_COUNT, type CompiledShocks } from './slots';
import type { Flow } from './shocks';
import type { SplitShare } from './trade-split';
import type { ExposureDimension, ShareBasis, ShareProvenance } from './types';

export type ResultStatus = 'point' | 'range_only' | 'not_computable' | 'no_baseline';
const STATUS_NAME: readonly ResultStatus[] = [
  'point',
  'range_only',
  'not_computable',
  'no_baseline',
];

export interface MeasureRow {
  status: ResultStatus;
  baseline: number | null;
  /** The point result (every share at its value); null unless status is 'point'. */
  scenario: number | null;
  /** Range of the result: stand-in shares at the ends of their ranges (or every split). */
  low: number | null;
  high: number | null;
  delta: number | null;
  deltaPct: number | null;
  /** The Rankings view's rank for the same year and level. */
  rank: number | null;
  /** Rank among the ranked entities with a point result. */
  newRank: number | null;
  /** Places moved, like for like (among the entities with a new rank). */
  deltaRank: number | null;
}

/** One share a result rests on, with the step of the chain that gave it. */
export interface UsedShare {
  flow: Flow;
  dimension: ExposureDimension;
  category: string;
  /** Null: no step of the chain has this share (the result is not computable). */
  step: ChainStep | null;
  pct: number | null;
  low: number | null;
  high: number | null;
  /** What the share is a share of (a share of total trade may stand in for a flow's). */
  shareOf: ShareBasis | null;
  fromCode: Adcode | null;
  year: number | null;
  period: string | null;
  sourceId: string | null;
  provenance: ShareProvenance | null;
  /** For a missing share: 'ask_user' (the data forbids proxies) or 'no_share'. */
  reason: 'ask_user' | 'no_share' | null;
  /** Entities whose shares were looked for (for a missing share). */
  tried: Adcode[];
  note: string;
}

export interface ScenarioRow {
  code: Adcode;
  kind: BaselineKind;
  total: MeasureRow;
  exports: MeasureRow;
  imports: MeasureRow;
  /** Some active shock needs a share no step of the chain has. */
  notComputable: boolean;
  /** Some share used (or the split) stands in for the entity's own base-year figure. */
  usesProxy: boolean;
  usedShares: UsedShare[];
  /** The export/import split borrowed for a total-only entity, when the result used it. */
  split: SplitShare | null;
}

const KINDS = Object.keys(KIND_CODE) as BaselineKind[];
const num = (x: number): number | null => (Number.isFinite(x) ? x : null);
const rank = (x: number): number | null => (x > 0 ? x : null);

function measureRow(r: MeasureResult, i: number): MeasureRow {
  return {
    status: STATUS_NAME[r.status[i] as number] as ResultStatus,
    baseline: num(r.baseline[i] as number),
    scenario: num(r.scenario[i] as number),
    low: num(r.low[i] as number),
    high: num(r.high[i] as number),
    delta: num(r.delta[i] as number),
    deltaPct: num(r.deltaPct[i] as number),
    rank: rank(r.rank[i] as number),
    newRank: rank(r.newRank[i] as number),
    deltaRank: (r.newRank[i] as number) > 0 ? (r.deltaRank[i] as number) : null,
  };
}

/** The slots a result of entity i reads: every active slot, and processing exports under κ. */
function slotsUsed(c: CompiledShocks): number[] {
  const slots = Array.from(c.active.subarray(0, c.activeCount));
  if (c.importContent === c.importContent && !slots.includes(PROCESSING_EXPORTS_SLOT)) {
    slots.push(PROCESSING_EXPORTS_SLOT);
  }
  return slots;
}

/** The shares behind one entity's result: every slot an active shock touches. */
export function explainEntity(p: PreparedScenario, c: CompiledShocks, i: number): UsedShare[] {
  return slotsUsed(c).map((s) => {
    const slot = SLOTS[s] as (typeof SLOTS)[number];
    const found = p.slotShares[i * SLOT_COUNT + s] ?? null;
    const base = { flow: slot.flow, dimension: slot.dimension, category: slot.category };
    if (isChainShare(found)) {
      return {
        ...base,
        step: found.step,
        pct: found.pct,
        low: found.low,
        high: found.high,
        shareOf: found.shareOf,
        fromCode: found.fromCode,
        year: found.year,
        period: found.period,
        sourceId: found.sourceId,
        provenance: found.provenance,
        reason: null,
        tried: [],
        note: found.note,
      };
    }
    return {
      ...base,
      step: null,
      pct: null,
      low: null,
      high: null,
      shareOf: null,
      fromCode: null,
      year: null,
      period: null,
      sourceId: null,
      provenance: null,
      reason: found?.reason ?? 'no_share',
      tried: found?.tried ?? [p.codes[i] as Adcode],
      note: found?.note ?? '',
    };
  });
}

const scratch = new Float64Array(FACTOR_COUNT);

/** One row per entity. */
export function toRows(p: PreparedScenario, r: ScenarioResult, c: CompiledShocks): ScenarioRow[] {
  return p.codes.map((code, i) => {
    const flags = r.usedFlags[i] as number;
    entityFactors(p, c, i, scratch);
    return {
      code,
      kind: KINDS[p.kind[i] as number] as BaselineKind,
      total: measureRow(r.total, i),
      exports: measureRow(r.exports, i),
      imports: measureRow(r.imports, i),
      notComputable: (flags & SHARE_FLAG.missing) !== 0,
      usesProxy: (flags & PROXY_BITS) !== 0,
      usedShares: explainEntity(p, c, i),
      split: splitMatters(p, i, scratch) ? (p.splits[i] ?? null) : null,
    };
  });
}

/**
 * Entities whose total cannot be computed under the active shocks, with the shares no step of the
 * chain has: the UI asks the user for these.
 */
export function notComputable(
  p: PreparedScenario,
  r: ScenarioResult,
  c: CompiledShocks,
): { code: Adcode; missing: UsedShare[] }[] {
  const out: { code: Adcode; missing: UsedShare[] }[] = [];
  for (let i = 0; i < p.n; i++) {
    const nc = (m: MeasureResult) => m.status[i] === STATUS.notComputable;
    if (!nc(r.total) && !nc(r.exports) && !nc(r.imports)) continue;
    const missing = explainEntity(p, c, i).filter((u) => u.step === null);
    out.push({ code: p.codes[i] as Adcode, missing });
  }
  return out;
}
