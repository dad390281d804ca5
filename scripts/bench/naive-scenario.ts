/**
 * The benchmark's baseline: the same shift-share formula as core/scenario/engine.ts written the
 * obvious way, with nested objects, a scan of the shock list per share and Array.sort of row
 * objects for ranks. Also a check on the engine: the benchmark fails if the two disagree.
 */
import {
  type PreparedScenario,
  type McRange,
  parseParamKey,
  setParam,
  type ScenarioSpec,
  mulberry32,
  triangular,
  uniform,
  SHOCK_KEYS,
  shockGrowth,
  type Flow,
  SLOTS,
  SLOT_COUNT,
  OF_WHICH_PARENT,
  type ExposureDimension,
} from '../../core/scenario';

type Shares = Record<string, Record<string, number>>;
export interface NaiveEntity {
  code: string;
  kind: string;
  total: number | null;
  exports: number | null;
  imports: number | null;
  shares: Record<Flow, Shares>;
}

const DIMS: Record<Flow, ExposureDimension[]> = {
  exports: ['partner', 'product', 'trade_mode'],
  imports: ['partner', 'trade_mode', 'import_commodity'],
};
const KINDS = ['split', 'total_only', 'flow_only'];

/**
 * Nested objects from the engine's layout (the shares the proxy chain found, at their values).
 * A total-only entity with a borrowed split gets its flows as total × split, as the engine does.
 */
export function toNaive(p: PreparedScenario): NaiveEntity[] {
  return p.codes.map((code, i) => {
    const shares = { exports: {}, imports: {} } as Record<Flow, Shares>;
    SLOTS.forEach((slot, s) => {
      const byDim = (shares[slot.flow][slot.dimension] ??= {});
      byDim[slot.category] = p.shares[i * SLOT_COUNT + s] as number;
    });
    const num = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : x);
    const w = p.split[i] as number;
    const borrowed = p.kind[i] === 1 && !Number.isNaN(w);
    const t = p.total[i] as number;
    return {
      code,
      kind: borrowed ? 'split' : (KINDS[p.kind[i] as number] as string),
      total: num(t),
      exports: borrowed ? t * w : num(p.exports[i]),
      imports: borrowed ? t * (1 - w) : num(p.imports[i]),
      shares,
    };
  });
}

function growth(spec: ScenarioSpec, flow: Flow, dimension: string, category: string): number {
  let f = 1;
  for (const s of spec.shocks) {
    if (SHOCK_KEYS[s.dimension].exposure !== dimension || s.category !== category) continue;
    if (s.flow !== flow && s.flow !== 'both') continue;
    f *= 1 + shockGrowth(s, spec.elasticities);
  }
  return f - 1;
}

export interface NaiveRow {
  code: string;
  total: number;
  newRank: number;
}

export function naiveRecompute(entities: NaiveEntity[], spec: ScenarioSpec): NaiveRow[] {
  const rows = entities.map((e) => {
    const factor = (flow: Flow, skip?: string): number => {
      let f = 1;
      for (const dimension of DIMS[flow]) {
        if (dimension === skip) continue;
        let G = 0;
        for (const [category, share] of Object.entries(e.shares[flow][dimension] ?? {})) {
          const parent = dimension === 'product' ? OF_WHICH_PARENT[category] : undefined;
          const g = growth(spec, flow, dimension, category);
          G += share * g * (parent ? 1 + growth(spec, flow, dimension, parent) : 1);
        }
        f *= 1 + G;
      }
      return f;
    };
    const fx = factor('exports');
    const fm = factor('imports');
    const kappa = spec.elasticities.processingImportContent;
    const sProc = e.shares.exports.trade_mode?.processing ?? 0;
    const fProc =
      (1 + growth(spec, 'exports', 'trade_mode', 'processing')) * factor('exports', 'trade_mode');
    const link = kappa === null ? 0 : kappa * sProc * (fProc - 1);
    let total = Number.NaN;
    if (e.kind === 'split') {
      const x = e.exports as number;
      const m = e.imports as number;
      total = (e.total as number) + (x * fx - x) + (m * fm + x * link - m);
    } else if (e.kind === 'total_only' && Math.abs(fx + link - fm) <= 1e-12)
      total = (e.total as number) * fm;
    return { code: e.code, total, newRank: 0 };
  });
  const ranked = rows.filter((r) => Number.isFinite(r.total)).sort((a, b) => b.total - a.total);
  ranked.forEach((r, k) => {
    const prev = ranked[k - 1];
    r.newRank = prev && prev.total === r.total ? prev.newRank : k + 1;
  });
  return rows;
}

const pct = (xs: number[], q: number): number =>
  xs[Math.max(1, Math.ceil(q * xs.length)) - 1] as number;

export function naiveMonteCarlo(
  entities: NaiveEntity[],
  spec: ScenarioSpec,
  ranges: McRange[],
  draws: number,
  seed: number,
): { code: string; p50: number; rankP50: number }[] {
  const rand = mulberry32(seed);
  const values = entities.map(() => [] as number[]);
  const ranks = entities.map(() => [] as number[]);
  for (let d = 0; d < draws; d++) {
    let s = spec;
    for (const r of ranges) {
      const ref = parseParamKey(r.param);
      if (!ref.ok) throw new Error(ref.error);
      const u = rand();
      const x =
        r.distribution === 'uniform'
          ? uniform(u, r.min, r.max)
          : triangular(u, r.min, r.max, r.mode ?? r.min);
      s = setParam(s, ref.value, x);
    }
    naiveRecompute(entities, s).forEach((row, i) => {
      values[i]!.push(row.total);
      ranks[i]!.push(row.newRank);
    });
  }
  return entities.map((e, i) => {
    const v = values[i]!.sort((a, b) => a - b);
    const r = ranks[i]!.sort((a, b) => a - b);
    return { code: e.code, p50: pct(v, 0.5), rankP50: pct(r, 0.5) };
  });
}
