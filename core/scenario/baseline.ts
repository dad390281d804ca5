/**
 * Baseline values for a scenario: the dataset's full-year cells for one year and one level, for the
 * entities the Rankings view lists. Only real cells are used: imports are never back-computed as
 * total − exports, and a total without both flows stays a total (the engine then borrows a
 * published split along the proxy chain, or gives a range; see README).
 */
import type { Adcode, Dataset, Level, MoneyMeasure, ReferenceTables, SourceId } from '../model';
import { codesWithRecord, figureAt, indexFullYears, type FullYearIndex } from '../data';

/**
 * 'split': exports and imports both known. 'total_only': a total, but not both flows.
 * 'flow_only': exports or imports without a total.
 */
export type BaselineKind = 'split' | 'total_only' | 'flow_only';

export interface BaselineEntity {
  code: Adcode;
  kind: BaselineKind;
  /** 亿元; null when not published. */
  total: number | null;
  exports: number | null;
  imports: number | null;
  /** True when the total is exports + imports because no total was published. */
  totalFromFlows: boolean;
  sources: Partial<Record<MoneyMeasure, SourceId>>;
  /** Flags of the chosen cells (low_reliability, conflict…), for display. */
  flags: Partial<Record<MoneyMeasure, string>>;
}

export interface NoBaseline {
  code: Adcode;
  reason: 'no_money_figure';
}

export interface Baseline {
  year: number;
  level: Level;
  entities: BaselineEntity[];
  noBaseline: NoBaseline[];
}

/**
 * Baselines for every entity of `level` with a full-year record in `year` — the entities the
 * Rankings view lists for that year and level (`codesWithRecord`), read through the same index
 * and the same usable-cell rule (`figureAt`). Entities whose record has no money figure are listed
 * in `noBaseline` with the reason.
 */
export function baselineFromIndex(index: FullYearIndex, year: number, level: Level): Baseline {
  const out: BaselineEntity[] = [];
  const noBaseline: NoBaseline[] = [];
  for (const code of codesWithRecord(index, level, year)) {
    const cell = (m: MoneyMeasure) => figureAt(index, code, year, m);
    const publishedTotal = cell('total')?.value ?? null;
    const exports = cell('exports')?.value ?? null;
    const imports = cell('imports')?.value ?? null;
    if (publishedTotal === null && exports === null && imports === null) {
      noBaseline.push({ code, reason: 'no_money_figure' });
      continue;
    }
    const split = exports !== null && imports !== null;
    const totalFromFlows = publishedTotal === null && split;
    const total = totalFromFlows ? (exports as number) + (imports as number) : publishedTotal;
    const kind: BaselineKind = split ? 'split' : total !== null ? 'total_only' : 'flow_only';
    const sources: BaselineEntity['sources'] = {};
    const flags: BaselineEntity['flags'] = {};
    for (const m of ['total', 'exports', 'imports'] as const) {
      const c = cell(m);
      if (!c) continue;
      sources[m] = c.sourceId;
      if (c.flag) flags[m] = c.flag;
    }
    out.push({ code, kind, total, exports, imports, totalFromFlows, sources, flags });
  }
  return { year, level, entities: out, noBaseline };
}

/** Baselines straight from a dataset (indexes it first; see `baselineFromIndex`). */
export function baselineFromDataset(
  dataset: Dataset,
  reference: ReferenceTables,
  year: number,
  level: Level,
): Baseline {
  return baselineFromIndex(indexFullYears(dataset, reference), year, level);
}
