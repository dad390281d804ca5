/**
 * Decisions about the whole table, each with the problems it raises: the year and period (from
 * overrides, titles, sheet and file names) and the money unit of every column (override, title,
 * footnotes, or the column's own header), including the USD rate rule.
 */
import { findPeriod, findUnit, findYear } from './table-detect';
import { unitById, type MoneyUnit } from './numbers';
import { makeProblem } from './problems';
import type { ColumnMapping, ImportOverrides, ImportProblem } from './types';

export interface YearAndPeriod {
  year: number | null;
  period: string;
  problems: ImportProblem[];
}

/** Year: override, else title, else sheet name, else file name. Period from the same texts. */
export function decideYearAndPeriod(
  file: string,
  titleText: string,
  sheet: string | null,
  overrideYear: number | undefined,
): YearAndPeriod {
  const problems: ImportProblem[] = [];
  const year =
    overrideYear ??
    findYear(titleText) ??
    findYear(sheet ?? '') ??
    findYear(file.replace(/\.[a-z0-9]+$/i, ''));
  const fileYear = findYear(file);
  if (overrideYear === undefined && year !== null && fileYear !== null && fileYear !== year) {
    problems.push(
      makeProblem('warning', 'year_conflict', { file }, { title: year, file: fileYear }),
    );
  }
  const period = findPeriod(`${titleText} ${sheet ?? ''} ${file}`);
  if (period !== 'full_year') {
    problems.push(makeProblem('warning', 'partial_period', { file }, { period }));
  }
  return { year, period, problems };
}

export interface UnitDecision {
  /** Unit stated for the table as a whole (override, title, footnote or sheet name). */
  tableUnit: MoneyUnit | null;
  /** Unit of one column: its header's own unit ("出口(万美元)"), else the table's. */
  unitFor: (column: number) => MoneyUnit | null;
  problems: ImportProblem[];
}

function tableUnitFrom(
  file: string,
  titleTexts: readonly string[],
  fallbackTexts: readonly string[],
  override: string | undefined,
): { unit: MoneyUnit | null; problem: ImportProblem | null } {
  if (override !== undefined) {
    const found = unitById(override) ?? findUnit(override);
    if (found && 'currency' in found) return { unit: found, problem: null };
    if (found && 'unit' in found) return { unit: found.unit, problem: null };
    return {
      unit: null,
      problem: makeProblem('error', 'bad_override', { file }, { what: 'unit', unit: override }),
    };
  }
  const mentions = titleTexts.map(findUnit).filter((m) => m !== null);
  const known = mentions.flatMap((m) => ('unit' in m ? [m.unit] : []));
  const unknown = mentions.flatMap((m) => ('unrecognised' in m ? [m.unrecognised] : []));
  const ids = [...new Set(known.map((u) => u.id))];
  if (ids.length > 1) {
    return { unit: null, problem: makeProblem('error', 'unit_conflict', { file }, { units: ids }) };
  }
  if (known[0]) return { unit: known[0], problem: null };
  if (unknown[0] !== undefined) {
    return {
      unit: null,
      problem: makeProblem('error', 'unit_unrecognised', { file }, { phrase: unknown[0] }),
    };
  }
  for (const text of fallbackTexts) {
    const found = findUnit(text);
    if (found && 'unit' in found) return { unit: found.unit, problem: null };
  }
  return { unit: null, problem: null };
}

/**
 * Decide units. Money columns without any unit are an error (values cannot be converted), and
 * USD columns need a plausible CNY-per-USD rate from the user: no rate is ever assumed.
 */
export function decideUnits(
  file: string,
  mapping: ColumnMapping,
  texts: { titles: readonly string[]; footnotes: readonly string[]; sheet: string | null },
  overrides: Pick<ImportOverrides, 'unit'>,
): UnitDecision {
  const problems: ImportProblem[] = [];
  const fallback = [texts.footnotes.join(' '), texts.sheet ?? ''];
  const table = tableUnitFrom(file, texts.titles, fallback, overrides.unit);
  if (table.problem) problems.push(table.problem);
  const columnUnits = new Map<number, MoneyUnit>();
  for (const c of mapping.columns) {
    const mention = findUnit(c.header);
    if (mention && 'unit' in mention) columnUnits.set(c.index, mention.unit);
  }
  const unitFor = (column: number): MoneyUnit | null => columnUnits.get(column) ?? table.unit;
  const money = mapping.columns.filter((c) =>
    ['total', 'exports', 'imports', 'value'].includes(c.field),
  );
  if (!table.problem && money.some((c) => !unitFor(c.index))) {
    problems.push(makeProblem('error', 'unit_unknown', { file }, {}));
  }
  const shown = table.unit ?? columnUnits.values().next().value ?? null;
  return { tableUnit: shown, unitFor, problems };
}
