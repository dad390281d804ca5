/**
 * Flat rows of the full-year figures of one level and year, for tables. No value is filled in:
 * a missing cell stays null and carries the notes that explain the gap.
 */
import type {
  Adcode,
  Cell,
  Dataset,
  Entity,
  GapNote,
  Level,
  Measure,
  ReferenceTables,
} from '../model';

export interface FigureRow {
  code: Adcode;
  entity: Entity;
  province: Entity | null;
  year: number;
  cells: Partial<Record<Measure, Cell>>;
  gaps: GapNote[];
}

/** Index of entities by code (current and former codes). */
export function entityIndex(reference: ReferenceTables): Map<Adcode, Entity> {
  const byCode = new Map<Adcode, Entity>();
  for (const e of reference.entities) byCode.set(e.code, e);
  for (const e of reference.entities)
    for (const c of e.formerCodes) if (!byCode.has(c)) byCode.set(c, e);
  return byCode;
}

/** Years that have at least one full-year record at the level, ascending. */
export function yearsWithData(
  dataset: Dataset,
  reference: ReferenceTables,
  level: Level,
): number[] {
  const byCode = entityIndex(reference);
  const years = new Set<number>();
  for (const r of dataset.figures) {
    if (
      r.period === 'full_year' &&
      byCode.get(r.code)?.level === level &&
      Object.keys(r.cells).length
    ) {
      years.add(r.year);
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** Full-year rows for a level and year; entities with only gap notes are included (as gaps). */
export function figureRows(
  dataset: Dataset,
  reference: ReferenceTables,
  year: number,
  level: Level,
): FigureRow[] {
  const byCode = entityIndex(reference);
  const rows: FigureRow[] = [];
  for (const r of dataset.figures) {
    if (r.year !== year || r.period !== 'full_year') continue;
    const entity = byCode.get(r.code);
    if (!entity || entity.level !== level) continue;
    if (!Object.keys(r.cells).length && !r.gaps.length && !r.ranks.length) continue;
    const province = entity.provinceCode ? (byCode.get(entity.provinceCode) ?? null) : null;
    rows.push({ code: r.code, entity, province, year, cells: r.cells, gaps: r.gaps });
  }
  return rows;
}
