/**
 * The import pipeline: rows → table shape → column mapping → numbers → entities → checks.
 * `runImport` never throws on bad input: everything wrong with a file comes back as problems,
 * and figures are offered only when no file-level error remains.
 */
import type { Dataset, Entity, Level } from '../model';
import { proposeMapping } from './column-map';
import { extractRows, type ExtractedCell, type ExtractedRow } from './extract';
import { convertToYi, unitById, type MoneyUnit } from './numbers';
import { makeProblem } from './problems';
import { createNameResolver, type NameResolver, type Resolution } from './resolve-names';
import { readRows, type SheetInput } from './sheet-rows';
import { findPeriod, findTable, findUnit, findYear } from './table-detect';
import type { ImportedFigure, ImportOverrides, ImportProblem, ImportReport, RawCell } from './types';
import { validateFigures } from './validate';

export interface ImportInput {
  fileName: string;
  /** CSV/TSV bytes; decoded here. */
  bytes?: Uint8Array;
  /** A ready grid (e.g. one sheet read elsewhere). */
  rows?: RawCell[][];
  /** All sheets of a workbook; `sheetName` picks one, else the first with a table. */
  sheets?: SheetInput[];
  sheetName?: string;
  overrides?: ImportOverrides;
}

export interface ImportContext {
  entities: readonly Entity[];
  dataset: Pick<Dataset, 'figures'> | null;
}

/** At most this many problems per code are listed; the rest are summarised in one line. */
export const MAX_PROBLEMS_PER_CODE = 100;

function emptyReport(input: ImportInput, partial: Partial<ImportReport>): ImportReport {
  return {
    file: input.fileName, encoding: null, sheet: null, year: null, period: 'full_year', unit: null,
    layout: 'wide', rows_read: 0, figures: [], problems: [], preview: [], mapping: { layout: 'wide', columns: [] },
    ...partial,
  };
}

/** Keep reports readable when a whole column is text: cap each code, say how many were left out. */
function capProblems(problems: readonly ImportProblem[], file: string): ImportProblem[] {
  const counts = new Map<string, number>();
  const out: ImportProblem[] = [];
  for (const p of problems) {
    const n = (counts.get(p.code) ?? 0) + 1;
    counts.set(p.code, n);
    if (n <= MAX_PROBLEMS_PER_CODE) out.push(p);
  }
  for (const [code, n] of counts) {
    if (n <= MAX_PROBLEMS_PER_CODE) continue;
    const first = problems.find((p) => p.code === code)!;
    out.push({ ...makeProblem(first.severity, first.code, { file }, `…and ${n - MAX_PROBLEMS_PER_CODE} more like the above.`) });
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return out.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

const labelOfEntity = (e: Entity): string => (e.nameEn && e.nameEn !== e.shortZh ? `${e.nameEn} (${e.shortZh})` : e.shortZh);

function resolveRow(resolver: NameResolver, row: ExtractedRow, level: Level): Resolution {
  if (row.code.trim() !== '') {
    const byCode = resolver.resolve(row.code, level);
    if (byCode.status === 'resolved' || row.name.trim() === '') return byCode;
  }
  return resolver.resolve(row.name, level);
}

/**
 * Long tables give an amount and its growth on separate rows (进出口 / 进出口同比); join them into
 * one figure so they are not mistaken for duplicates. Anything else is left for the checks.
 */
function mergeLongRows(figures: readonly ImportedFigure[]): ImportedFigure[] {
  const out: ImportedFigure[] = [];
  const open = new Map<string, ImportedFigure>();
  for (const f of figures) {
    const key = `${f.code}|${f.year}|${f.period}|${f.metric}`;
    const earlier = open.get(key);
    const fits = earlier && (earlier.value === null) !== (f.value === null) && (earlier.yoy_pct === null) !== (f.yoy_pct === null);
    if (!earlier || !fits) {
      open.set(key, f);
      out.push(f);
      continue;
    }
    const joined = earlier.value !== null ? { ...earlier, yoy_pct: f.yoy_pct } : { ...f, yoy_pct: earlier.yoy_pct };
    out[out.indexOf(earlier)] = joined;
    open.set(key, joined);
  }
  return out;
}

/** Run the whole pipeline on one file. Pure: the same input always gives the same report. */
export function runImport(input: ImportInput, context: ImportContext): ImportReport {
  const overrides = input.overrides ?? {};
  const file = input.fileName;
  const read = readRows(input, overrides.encoding);
  const base = { encoding: read.encoding, sheet: read.sheet };
  if (read.problems.some((p) => p.severity === 'error' && p.row === null)) {
    return emptyReport(input, { ...base, problems: capProblems(read.problems, file) });
  }
  const problems = [...read.problems];
  const grid = read.rows;
  const shape = findTable(grid);
  if (grid.length === 0 || !shape) {
    const text = grid.length === 0 ? 'the file has no rows.' : 'no header row found in the first 30 rows (looked for 进出口, 出口, 进口, 城市, 地区, Total, Exports, City…).';
    problems.push(makeProblem('error', grid.length === 0 ? 'empty_file' : 'no_header', { file }, text));
    return emptyReport(input, { ...base, problems: capProblems(problems, file), preview: grid.slice(0, 20).map((cells, i) => ({ row: i + 1, kind: 'title', cells })) });
  }
  const titleText = shape.titleRows.map((r) => grid[r]!.join(' ')).join(' ');
  const sheetAndFile = `${read.sheet ?? ''} ${file}`;
  const year = overrides.year ?? findYear(titleText) ?? findYear(read.sheet ?? '') ?? findYear(file.replace(/\.[a-z0-9]+$/i, ''));
  const fileYear = findYear(file);
  if (overrides.year === undefined && year !== null && fileYear !== null && fileYear !== year) {
    problems.push(makeProblem('warning', 'year_conflict', { file }, `the title says ${year} but the file name says ${fileYear}; using ${year}. Set --year if that is wrong.`));
  }
  const period = findPeriod(`${titleText} ${sheetAndFile}`);
  if (period !== 'full_year') {
    problems.push(makeProblem('warning', 'partial_period', { file }, `the table covers ${period}, not the full year; figures are stored with period ${period} and kept out of annual rankings.`));
  }
  const headerRow = shape.headerRows[0]! + 1;
  const body = grid.slice(shape.bodyStart, shape.bodyStart + 200);
  const mapped = proposeMapping({ file, headers: shape.headers, body, headerRow, year, titleText, overrides: overrides.map, layout: overrides.layout });
  problems.push(...mapped.problems);
  const mapping = mapped.mapping;
  if (year === null && !mapping.columns.some((c) => c.field === 'year')) {
    problems.push(makeProblem('error', 'year_unknown', { file }, 'no year in the title, sheet name or file name; set it with --year 2025.'));
  }
  const extraction = extractRows(grid, shape, mapping, { file, uncachedFormulas: read.uncachedFormulas });
  problems.push(...extraction.problems);

  // Units: the user's choice, else the title, else footnotes; a header may name its own unit.
  let tableUnit: MoneyUnit | null = null;
  if (overrides.unit !== undefined) {
    const found = unitById(overrides.unit) ?? findUnit(overrides.unit);
    if (found && 'currency' in found) tableUnit = found;
    else if (found && 'unit' in found) tableUnit = found.unit;
    else problems.push(makeProblem('error', 'bad_override', { file }, `unit "${overrides.unit}" is not a money unit (use 亿元, 万元, 元, 亿美元, 万美元 or 千美元).`));
  } else {
    const mentions = shape.titleRows.map((r) => findUnit(grid[r]!.join(' '))).filter((m) => m !== null);
    const known = mentions.flatMap((m) => ('unit' in m ? [m.unit] : []));
    const unknown = mentions.flatMap((m) => ('unrecognised' in m ? [m.unrecognised] : []));
    const ids = new Set(known.map((u) => u.id));
    const fallback = findUnit(extraction.footnotes.join(' ')) ?? findUnit(read.sheet ?? '');
    if (ids.size > 1) {
      problems.push(makeProblem('error', 'unit_conflict', { file }, `the title rows name different units (${[...ids].join(', ')}); choose one with --unit.`));
    } else if (known[0]) {
      tableUnit = known[0];
    } else if (unknown[0] !== undefined) {
      problems.push(makeProblem('error', 'unit_unrecognised', { file }, `the stated unit "${unknown[0]}" is not a money unit this importer knows (亿元, 万元, 元, 亿美元, 万美元, 千美元, "100 million yuan"…); choose one with --unit.`));
    } else if (fallback && 'unit' in fallback) {
      tableUnit = fallback.unit;
    }
  }
  const columnUnits = new Map<number, MoneyUnit>();
  for (const c of mapping.columns) {
    const mention = findUnit(c.header);
    if (mention && 'unit' in mention) columnUnits.set(c.index, mention.unit);
  }
  const moneyColumns = mapping.columns.filter((c) => ['total', 'exports', 'imports', 'value'].includes(c.field));
  const unitFor = (column: number): MoneyUnit | null => columnUnits.get(column) ?? tableUnit;
  if (moneyColumns.length > 0 && moneyColumns.some((c) => !unitFor(c.index)) && !problems.some((p) => p.code.startsWith('unit_') || p.code === 'bad_override')) {
    problems.push(makeProblem('error', 'unit_unknown', { file }, 'no money unit in the title or headers (亿元, 万元, 亿美元…); choose one with --unit 亿元.'));
  }
  const usdColumns = moneyColumns.filter((c) => unitFor(c.index)?.currency === 'USD');
  const rateGiven = typeof overrides.usdRate === 'number' && overrides.usdRate > 0;
  // CNY per USD has stayed between 1.5 and 9 since 1980; anything far outside is a typo.
  if (overrides.usdRate !== undefined && !(overrides.usdRate >= 0.5 && overrides.usdRate <= 50)) {
    problems.push(makeProblem('error', 'bad_override', { file }, `the USD rate ${overrides.usdRate} is not a plausible CNY-per-USD rate (expected about 6–8).`));
  }
  if (usdColumns.length > 0 && !rateGiven) {
    const unitName = unitFor(usdColumns[0]!.index)!.id;
    problems.push(makeProblem('error', 'rate_needed', { file, columnIndex: usdColumns[0]!.index, header: usdColumns[0]!.header }, `values are in ${unitName}; give the CNY-per-USD rate to convert them to 亿元 (e.g. --usd-rate 7.12). No rate is assumed.`));
  }

  // Entities: resolve as a city table first; a table of mostly provinces is re-read as one.
  const resolver = createNameResolver(context.entities, overrides.aliases ?? []);
  const dataRows = extraction.rows;
  let level: Level = 'city';
  let resolutions = dataRows.map((r) => resolveRow(resolver, r, level));
  const levels = resolutions.flatMap((r) => (r.status === 'resolved' ? [r.entity.level] : []));
  if (levels.filter((l) => l === 'province').length > levels.filter((l) => l === 'city').length) {
    level = 'province';
    resolutions = dataRows.map((r) => resolveRow(resolver, r, level));
  }
  const candidates: ImportedFigure[] = [];
  let unresolvedData = 0;
  dataRows.forEach((row, i) => {
    const resolution = resolutions[i]!;
    const place = { file, row: row.row, columnIndex: mapping.columns.find((c) => c.field === 'name')?.index ?? null, header: mapping.columns.find((c) => c.field === 'name')?.header ?? null };
    if (row.kind === 'total' && !(resolution.status === 'resolved' && resolution.entity.level === 'national')) {
      problems.push(makeProblem('info', 'totals_row', place, `"${row.name}" is a totals row and is not imported.`));
      return;
    }
    if (resolution.status !== 'resolved') {
      unresolvedData++;
      const names = (resolution.status === 'ambiguous' ? resolution.candidates : resolution.suggestions).map((e) => `${labelOfEntity(e)} ${e.code}`).join(', ');
      const text = resolution.status === 'ambiguous'
        ? `"${row.name || row.code}" could be ${names}; add a code column or teach an alias.`
        : `"${row.name || row.code}" is not a known city${names ? `; did you mean ${names}?` : '.'} Teach an alias to import it.`;
      problems.push(makeProblem('warning', resolution.status === 'ambiguous' ? 'ambiguous_name' : 'unresolved_name', place, text));
      return;
    }
    const entity = resolution.entity;
    for (const [metric, slot] of Object.entries(row.metrics) as [ImportedFigure['metric'], { amount?: ExtractedCell; growth?: ExtractedCell }][]) {
      let value: number | null = null;
      let resolution_yi: number | null = null;
      const unit = slot.amount ? unitFor(slot.amount.column) : null;
      if (slot.amount && unit) {
        const converted = convertToYi(slot.amount.value, slot.amount.decimals, unit, overrides.usdRate);
        if (converted.ok) ({ value, resolution_yi } = { value: converted.value, resolution_yi: converted.resolution });
        else if (converted.reason === 'out_of_range') {
          const header = mapping.columns[slot.amount.column]?.header ?? null;
          problems.push(makeProblem('error', 'not_a_number', { file, row: row.row, columnIndex: slot.amount.column, header }, `${slot.amount.value} ${unit.id} is too large to convert; the cell is not imported.`));
        }
      }
      const yoy = slot.growth?.value ?? null;
      if ((value === null && yoy === null) || (row.year ?? year) === null) continue;
      candidates.push({ code: entity.code, name_zh: entity.shortZh, level: entity.level, year: (row.year ?? year)!, period, metric, value, yoy_pct: yoy, resolution_yi, row: row.row, existing: null });
    }
  });
  const dataCount = dataRows.filter((r) => r.kind === 'data').length;
  if (dataCount === 0) {
    problems.push(makeProblem('error', 'no_data_rows', { file, row: headerRow }, 'the table has a header but no data rows below it.'));
  } else if (unresolvedData >= dataCount) {
    const nameColumn = mapping.columns.find((c) => c.field === 'name');
    problems.push(makeProblem('error', 'all_unresolved', { file, columnIndex: nameColumn?.index ?? null, header: nameColumn?.header ?? null }, `none of the ${dataCount} names matched a known city. Is the name column right${read.encoding ? `, and is the file really ${read.encoding}` : ''}?`));
  }
  const merged = mapping.layout === 'long' ? mergeLongRows(candidates) : candidates;
  const byCode = new Map(context.entities.map((e) => [e.code as string, e]));
  const checked = validateFigures(merged, { file, mapping, dataset: context.dataset, labelOf: (f) => { const e = byCode.get(f.code); return e ? labelOfEntity(e) : f.name_zh; } });
  problems.push(...checked.problems);
  const blocked = problems.some((p) => p.severity === 'error' && p.row === null);
  return emptyReport(input, {
    ...base, year, period, unit: tableUnit?.id ?? columnUnits.values().next().value?.id ?? null, layout: mapping.layout,
    rows_read: extraction.rowsRead, figures: blocked ? [] : checked.figures, problems: capProblems(problems, file), preview: extraction.preview, mapping,
  });
}
