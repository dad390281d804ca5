/**
 * Baseline values for a scenario: the dataset's full-year cells for one year and one level. Only
 * real cells are used: imports are never back-computed as total − exports, and a total without
 * both flows stays a total (the engine then gives a range, see README).
 */
import type { Adcode, Cell, Dataset, Entity, Level, MoneyMeasure, SourceId } from '../model';

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
  reason: 'no_record' | 'no_money_figure';
}

export interface Baseline {
  year: number;
  level: Level;
  entities: BaselineEntity[];
  noBaseline: NoBaseline[];
}

/** Cells that measure something else or were withheld are never a baseline. */
function usable(cell: Cell | undefined): number | null {
  if (!cell || cell.flag === 'unit_slip' || cell.flag === 'not_comparable') return null;
  return Number.isFinite(cell.value) ? cell.value : null;
}

/**
 * Baselines for every entity of `level` with a full-year money figure in `year`; every other
 * entity of that level is listed in `noBaseline` with the reason.
 */
export function baselineFromDataset(
  dataset: Dataset,
  year: number,
  level: Level,
  entities: readonly Entity[],
): Baseline {
  const ofLevel = entities.filter((e) => e.level === level);
  const wanted = new Set<string>(ofLevel.map((e) => e.code));
  const records = new Map<string, Dataset['figures'][number]>();
  for (const r of dataset.figures) {
    if (r.year !== year || r.period !== 'full_year' || !wanted.has(r.code)) continue;
    if (!records.has(r.code)) records.set(r.code, r);
  }
  const out: BaselineEntity[] = [];
  const noBaseline: NoBaseline[] = [];
  for (const entity of ofLevel) {
    const record = records.get(entity.code);
    if (!record) {
      noBaseline.push({ code: entity.code, reason: 'no_record' });
      continue;
    }
    const publishedTotal = usable(record.cells.total);
    const exports = usable(record.cells.exports);
    const imports = usable(record.cells.imports);
    if (publishedTotal === null && exports === null && imports === null) {
      noBaseline.push({ code: entity.code, reason: 'no_money_figure' });
      continue;
    }
    const split = exports !== null && imports !== null;
    const totalFromFlows = publishedTotal === null && split;
    const total = totalFromFlows ? (exports as number) + (imports as number) : publishedTotal;
    const kind: BaselineKind = split ? 'split' : total !== null ? 'total_only' : 'flow_only';
    const sources: BaselineEntity['sources'] = {};
    const flags: BaselineEntity['flags'] = {};
    for (const m of ['total', 'exports', 'imports'] as const) {
      const cell = record.cells[m];
      if (usable(cell) === null || !cell) continue;
      sources[m] = cell.sourceId;
      if (cell.flag) flags[m] = cell.flag;
    }
    out.push({ code: entity.code, kind, total, exports, imports, totalFromFlows, sources, flags });
  }
  return { year, level, entities: out, noBaseline };
}
