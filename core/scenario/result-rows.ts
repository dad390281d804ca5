/**
 * Readable views of an engine result: one object per entity for tables, exports and the CLI, and
 * the list of shares each result rests on (so the UI can say "uses a province proxy" or "depends
 * on a missing share: ask the user"). Built on demand, outside the hot loop.
 */
import type { Adcode } from '../model';
import type { BaselineKind } from './baseline';
import {
  KIND_CODE,
  SHARE_FLAG,
  type MeasureResult,
  type PreparedScenario,
  type ScenarioResult,
} from './engine';
import { PROCESSING_EXPORTS_SLOT, SLOTS, SLOT_COUNT, type CompiledShocks } from './slots';
import type { Flow } from './shocks';
import type { ExposureDimension, ShareProvenance } from './types';

export interface MeasureRow {
  baseline: number | null;
  scenario: number | null;
  /** The range when there is no point result (a total without both flows). */
  low: number | null;
  high: number | null;
  delta: number | null;
  deltaPct: number | null;
  rank: number | null;
  newRank: number | null;
  deltaRank: number | null;
}

export interface UsedShare {
  flow: Flow;
  dimension: ExposureDimension;
  category: string;
  pct: number | null;
  provenance: ShareProvenance;
  /** A share of total trade used for this flow. */
  fromTotal: boolean;
  year: number | null;
  period: string | null;
  sourceId: string | null;
  note: string;
}

export interface ScenarioRow {
  code: Adcode;
  kind: BaselineKind;
  total: MeasureRow;
  exports: MeasureRow;
  imports: MeasureRow;
  dependsOnMissing: boolean;
  usesProxy: boolean;
  usedShares: UsedShare[];
}

const KINDS = Object.keys(KIND_CODE) as BaselineKind[];
const num = (x: number): number | null => (Number.isFinite(x) ? x : null);
const rank = (x: number): number | null => (x > 0 ? x : null);

function measureRow(r: MeasureResult, i: number): MeasureRow {
  const ranked = (r.rank[i] as number) > 0;
  return {
    baseline: num(r.baseline[i] as number),
    scenario: num(r.scenario[i] as number),
    low: num(r.low[i] as number),
    high: num(r.high[i] as number),
    delta: num(r.delta[i] as number),
    deltaPct: num(r.deltaPct[i] as number),
    rank: rank(r.rank[i] as number),
    newRank: rank(r.newRank[i] as number),
    deltaRank: ranked ? (r.deltaRank[i] as number) : null,
  };
}

/** The shares behind one entity's result: every slot an active shock touches. */
export function explainEntity(p: PreparedScenario, c: CompiledShocks, i: number): UsedShare[] {
  const slots = Array.from(c.active.subarray(0, c.activeCount));
  if (c.importContent === c.importContent && !slots.includes(PROCESSING_EXPORTS_SLOT)) {
    slots.push(PROCESSING_EXPORTS_SLOT);
  }
  return slots.map((s) => {
    const o = i * SLOT_COUNT + s;
    const slot = SLOTS[s] as (typeof SLOTS)[number];
    const share = p.shareRefs[o];
    const flags = p.flags[o] as number;
    return {
      flow: slot.flow,
      dimension: slot.dimension,
      category: slot.category,
      pct: share?.pct ?? null,
      provenance: share?.provenance ?? 'missing',
      fromTotal: (flags & SHARE_FLAG.fromTotal) !== 0,
      year: share?.year ?? null,
      period: share?.period ?? null,
      sourceId: share?.sourceId ?? null,
      note: share?.note ?? 'no exposure profile for this entity',
    };
  });
}

/** One row per entity. */
export function toRows(p: PreparedScenario, r: ScenarioResult, c: CompiledShocks): ScenarioRow[] {
  const proxy = SHARE_FLAG.provinceProxy | SHARE_FLAG.nationalProxy;
  return p.codes.map((code, i) => ({
    code,
    kind: KINDS[p.kind[i] as number] as BaselineKind,
    total: measureRow(r.total, i),
    exports: measureRow(r.exports, i),
    imports: measureRow(r.imports, i),
    dependsOnMissing: ((r.usedFlags[i] as number) & SHARE_FLAG.missing) !== 0,
    usesProxy: ((r.usedFlags[i] as number) & proxy) !== 0,
    usedShares: explainEntity(p, c, i),
  }));
}

/**
 * Entities whose result depends on a share nobody published (e.g. Tongling's copper-ore share
 * under a copper price shock), with the missing shares: the UI asks the user for these.
 */
export function missingDependencies(
  p: PreparedScenario,
  r: ScenarioResult,
  c: CompiledShocks,
): { code: Adcode; missing: UsedShare[] }[] {
  const out: { code: Adcode; missing: UsedShare[] }[] = [];
  for (let i = 0; i < p.n; i++) {
    if (((r.usedFlags[i] as number) & SHARE_FLAG.missing) === 0) continue;
    const missing = explainEntity(p, c, i).filter((u) => u.pct === null);
    out.push({ code: p.codes[i] as Adcode, missing });
  }
  return out;
}
