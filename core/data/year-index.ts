/**
 * One lookup of the full-year records by entity and year, shared by the ranking board, movers,
 * rank history and the city profile. Partial periods (Jan–Jun…) are left out on purpose: they are
 * never ranked or compared against full years.
 */
import { NATIONAL_CODE } from '../model';
import type {
  Adcode,
  Cell,
  Dataset,
  Entity,
  FigureRecord,
  Level,
  Measure,
  ReferenceTables,
  SeriesFamily,
} from '../model';
import { entityIndex } from './figure-table';
import { isRankable } from './rank';

export interface FullYearIndex {
  /** Entity by current and former codes. */
  entities: Map<Adcode, Entity>;
  /** Full-year record by current entity code, then year. */
  records: Map<Adcode, Map<number, FigureRecord>>;
  /** Years with at least one full-year record, ascending. */
  years: number[];
  /** The series each source belongs to (core/data/series.ts tells breaks in series with it). */
  families: Map<string, SeriesFamily>;
}

/**
 * Indexes the full-year records of a dataset under each entity's current code (records filed under
 * a former code move to the current one). Records of codes missing from the reference tables are
 * dropped: their level is unknown. When two records land on one entity-year, the first is kept,
 * as the ranking does, so nothing is counted twice.
 */
export function indexFullYears(dataset: Dataset, reference: ReferenceTables): FullYearIndex {
  const entities = entityIndex(reference);
  const records = new Map<Adcode, Map<number, FigureRecord>>();
  const years = new Set<number>();
  for (const r of dataset.figures) {
    if (r.period !== 'full_year') continue;
    const entity = entities.get(r.code);
    if (!entity) continue;
    let byYear = records.get(entity.code);
    if (!byYear) records.set(entity.code, (byYear = new Map()));
    if (byYear.has(r.year)) continue;
    byYear.set(r.year, r);
    years.add(r.year);
  }
  const families = new Map(
    dataset.sources.map((s) => [
      s.id as string,
      s.series ?? (s.kind === 'user_import' ? 'import' : 'release'),
    ]),
  );
  return { entities, records, years: [...years].sort((a, b) => a - b), families };
}

/** The record of an entity in a year, if any. */
export function recordAt(
  index: FullYearIndex,
  code: Adcode,
  year: number,
): FigureRecord | undefined {
  return index.records.get(code)?.get(year);
}

/**
 * A cell usable as a figure: present, finite, and neither withheld (unit slip) nor of another
 * concept (port trade). Everything derived starts from here.
 */
export function figureAt(
  index: FullYearIndex,
  code: Adcode,
  year: number,
  measure: Measure,
): Cell | null {
  const cell = recordAt(index, code, year)?.cells[measure];
  return isRankable(cell) && Number.isFinite(cell.value) ? cell : null;
}

/** The national figure for a measure and year, or null where none was published. */
export function nationalAt(index: FullYearIndex, year: number, measure: Measure): Cell | null {
  return figureAt(index, NATIONAL_CODE, year, measure);
}

/** Codes of the entities of a level that have any full-year record in a year. */
export function codesWithRecord(index: FullYearIndex, level: Level, year: number): Adcode[] {
  const codes: Adcode[] = [];
  for (const [code, byYear] of index.records) {
    if (index.entities.get(code)?.level === level && byYear.has(year)) codes.push(code);
  }
  return codes.sort();
}

/** Years in which at least one entity of a level has a full-year record, ascending. */
export function yearsOfLevel(index: FullYearIndex, level: Level): number[] {
  const years = new Set<number>();
  for (const [code, byYear] of index.records) {
    if (index.entities.get(code)?.level !== level) continue;
    for (const y of byYear.keys()) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}
