/**
 * Extracted rows → figures: resolve each row to an entity, convert amounts to 亿元, and say
 * which rows could not be placed (unknown, ambiguous, totals) and why.
 */
import type { Entity, Level } from '../model';
import type { ExtractedCell, ExtractedRow } from './extract';
import { convertToYi, type MoneyUnit } from './numbers';
import { makeProblem } from './problems';
import { createNameResolver, type NameResolver, type Resolution } from './resolve-names';
import type {
  ColumnMapping,
  ImportedFigure,
  ImportOverrides,
  ImportProblem,
  UnplacedName,
} from './types';

/** "Xi'an (西安)", or the Chinese name alone when there is no distinct English name. */
export const labelOfEntity = (e: Entity): string =>
  e.nameEn && e.nameEn !== e.shortZh ? `${e.nameEn} (${e.shortZh})` : e.shortZh;

function resolveRow(resolver: NameResolver, row: ExtractedRow, level: Level): Resolution {
  if (row.code.trim() !== '') {
    const byCode = resolver.resolve(row.code, level);
    if (byCode.status === 'resolved' || row.name.trim() === '') return byCode;
  }
  return resolver.resolve(row.name, level);
}

/** Resolve as a city table first; a table of mostly provinces is re-read as a province table. */
function resolveAll(rows: readonly ExtractedRow[], resolver: NameResolver): Resolution[] {
  const asCities = rows.map((r) => resolveRow(resolver, r, 'city'));
  const levels = asCities.flatMap((r) => (r.status === 'resolved' ? [r.entity.level] : []));
  const provinces = levels.filter((l) => l === 'province').length;
  if (provinces <= levels.filter((l) => l === 'city').length) return asCities;
  return rows.map((r) => resolveRow(resolver, r, 'province'));
}

function unplacedMessage(row: ExtractedRow, resolution: Resolution): string {
  const label = row.name || row.code;
  if (resolution.status === 'ambiguous') {
    const names = resolution.candidates.map((e) => `${labelOfEntity(e)} ${e.code}`).join(', ');
    return `"${label}" could be ${names}; add a code column or teach an alias.`;
  }
  const near = resolution.status === 'unresolved' ? resolution.suggestions : [];
  const names = near.map((e) => `${labelOfEntity(e)} ${e.code}`).join(', ');
  return `"${label}" is not a known city${names ? `; did you mean ${names}?` : '.'} Teach an alias to import it.`;
}

function unplacedOf(row: ExtractedRow, resolution: Resolution): UnplacedName {
  const near =
    resolution.status === 'ambiguous'
      ? resolution.candidates
      : resolution.status === 'unresolved'
        ? resolution.suggestions
        : [];
  return {
    printed: row.name || row.code,
    candidates: near.map((e) => ({
      code: e.code,
      name_zh: e.shortZh,
      name_en: e.nameEn,
      level: e.level,
    })),
  };
}

export interface FigureInputs {
  file: string;
  rows: readonly ExtractedRow[];
  mapping: ColumnMapping;
  entities: readonly Entity[];
  year: number | null;
  period: string;
  unitFor: (column: number) => MoneyUnit | null;
  overrides: Pick<ImportOverrides, 'usdRate' | 'aliases'>;
}

/** Build candidate figures; `unresolved` counts data rows that matched no single entity. */
export function buildFigures(input: FigureInputs): {
  figures: ImportedFigure[];
  unresolved: number;
  problems: ImportProblem[];
} {
  const { file, mapping } = input;
  const problems: ImportProblem[] = [];
  const figures: ImportedFigure[] = [];
  const resolutions = resolveAll(
    input.rows,
    createNameResolver(input.entities, input.overrides.aliases ?? []),
  );
  const nameColumn = mapping.columns.find((c) => c.field === 'name');
  let unresolved = 0;
  input.rows.forEach((row, i) => {
    const resolution = resolutions[i]!;
    const place = {
      file,
      row: row.row,
      columnIndex: nameColumn?.index ?? null,
      header: nameColumn?.header ?? null,
    };
    const national = resolution.status === 'resolved' && resolution.entity.level === 'national';
    if (row.kind === 'total' && !national) {
      problems.push(
        makeProblem(
          'info',
          'totals_row',
          place,
          `"${row.name}" is a totals row and is not imported.`,
        ),
      );
      return;
    }
    if (resolution.status !== 'resolved') {
      unresolved++;
      const code = resolution.status === 'ambiguous' ? 'ambiguous_name' : 'unresolved_name';
      const problem = makeProblem('warning', code, place, unplacedMessage(row, resolution));
      problems.push({ ...problem, unplaced: unplacedOf(row, resolution) });
      return;
    }
    const year = row.year ?? input.year;
    if (year === null) return;
    const slots = Object.entries(row.metrics) as [
      ImportedFigure['metric'],
      { amount?: ExtractedCell; growth?: ExtractedCell },
    ][];
    for (const [metric, slot] of slots) {
      const amount = slot.amount ? convert(slot.amount, row.row, input, problems) : null;
      const yoy = slot.growth?.value ?? null;
      if (amount === null && yoy === null) continue;
      const { entity } = resolution;
      figures.push({
        code: entity.code,
        name_zh: entity.shortZh,
        level: entity.level,
        year,
        period: input.period,
        metric,
        value: amount?.value ?? null,
        yoy_pct: yoy,
        resolution_yi: amount?.resolution ?? null,
        row: row.row,
        existing: null,
      });
    }
  });
  return {
    figures: mapping.layout === 'long' ? mergeLongRows(figures) : figures,
    unresolved,
    problems,
  };
}

function convert(
  cell: ExtractedCell,
  row: number,
  input: FigureInputs,
  problems: ImportProblem[],
): { value: number; resolution: number } | null {
  const unit = input.unitFor(cell.column);
  if (!unit) return null;
  const converted = convertToYi(cell.value, cell.decimals, unit, input.overrides.usdRate);
  if (converted.ok) return converted;
  if (converted.reason === 'out_of_range') {
    const header = input.mapping.columns[cell.column]?.header ?? null;
    const place = { file: input.file, row, columnIndex: cell.column, header };
    problems.push(
      makeProblem(
        'error',
        'not_a_number',
        place,
        `${cell.value} ${unit.id} is too large to convert; the cell is not imported.`,
      ),
    );
  }
  return null;
}

/**
 * Long tables give an amount and its growth on separate rows (进出口 / 进出口同比); join them into
 * one figure so they are not mistaken for duplicates. Anything else is left for the checks.
 */
export function mergeLongRows(figures: readonly ImportedFigure[]): ImportedFigure[] {
  const out: ImportedFigure[] = [];
  const open = new Map<string, number>();
  for (const f of figures) {
    const key = `${f.code}|${f.year}|${f.period}|${f.metric}`;
    const at = open.get(key);
    const earlier = at === undefined ? undefined : out[at]!;
    const fits =
      earlier &&
      (earlier.value === null) !== (f.value === null) &&
      (earlier.yoy_pct === null) !== (f.yoy_pct === null);
    if (at === undefined || !earlier || !fits) {
      open.set(key, out.length);
      out.push(f);
      continue;
    }
    out[at] =
      earlier.value !== null
        ? { ...earlier, yoy_pct: f.yoy_pct }
        : { ...f, yoy_pct: earlier.yoy_pct };
  }
  return out;
}
