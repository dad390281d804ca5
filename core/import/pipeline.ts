/**
 * The import pipeline: rows → table shape → column mapping → numbers → entities → checks.
 * `runImport` never throws on bad input: everything wrong with a file comes back as problems,
 * and figures are offered only when no file-level error remains.
 */
import type { Dataset, Entity } from '../model';
import { proposeMapping } from './column-map';
import { extractRows } from './extract';
import { buildFigures, labelOfEntity } from './figures';
import { append, makeProblem } from './problems';
import { readRows, type SheetInput } from './sheet-rows';
import { decideUnits, decideYearAndPeriod } from './table-context';
import { findTable } from './table-detect';
import type { ImportOverrides, ImportProblem, ImportReport, RawCell } from './types';
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
  /** The working dataset, for checks against stored figures; null skips those checks. */
  dataset: Pick<Dataset, 'figures'> | null;
}

/** At most this many problems per code are listed; the rest are summarised in one line. */
export const MAX_PROBLEMS_PER_CODE = 100;

function report(fileName: string, partial: Partial<ImportReport>): ImportReport {
  return {
    file: fileName,
    encoding: null,
    sheet: null,
    year: null,
    period: 'full_year',
    unit: null,
    layout: 'wide',
    rows_read: 0,
    figures: [],
    problems: [],
    preview: [],
    mapping: { layout: 'wide', columns: [] },
    ...partial,
  };
}

/** Keep reports readable when a whole column is text: cap each code, say how many were left out. */
function capProblems(problems: readonly ImportProblem[], file: string): ImportProblem[] {
  const byCode = new Map<string, ImportProblem[]>();
  for (const p of problems) {
    const list = byCode.get(p.code);
    if (list) list.push(p);
    else byCode.set(p.code, [p]);
  }
  const out: ImportProblem[] = [];
  for (const list of byCode.values()) {
    append(out, list.slice(0, MAX_PROBLEMS_PER_CODE));
    const hidden = list.slice(MAX_PROBLEMS_PER_CODE);
    if (hidden.length === 0) continue;
    const first = hidden[0]!;
    const text = `…and ${hidden.length} more like the above.`;
    out.push(makeProblem(first.severity, first.code, { file, row: first.row }, text));
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return out.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** Run the whole pipeline on one file. Pure: the same input always gives the same report. */
export function runImport(input: ImportInput, context: ImportContext): ImportReport {
  const overrides = input.overrides ?? {};
  const file = input.fileName;
  const read = readRows(input, overrides.encoding);
  const base = { encoding: read.encoding, sheet: read.sheet };
  const problems = [...read.problems];
  if (problems.some((p) => p.severity === 'error' && p.row === null)) {
    return report(file, { ...base, problems: capProblems(problems, file) });
  }
  const grid = read.rows;
  const shape = findTable(grid);
  if (grid.length === 0 || !shape) {
    const text =
      grid.length === 0
        ? 'the file has no rows.'
        : 'no header row found in the first 30 rows (looked for 进出口, 出口, 进口, 城市, 地区, Total, Exports, City…).';
    problems.push(
      makeProblem('error', grid.length === 0 ? 'empty_file' : 'no_header', { file }, text),
    );
    const preview = grid
      .slice(0, 20)
      .map((cells, i) => ({ row: i + 1, kind: 'title' as const, cells }));
    return report(file, { ...base, problems: capProblems(problems, file), preview });
  }

  const titles = shape.titleRows.map((r) => grid[r]!.join(' '));
  const titleText = titles.join(' ');
  const dated = decideYearAndPeriod(file, titleText, read.sheet, overrides.year);
  append(problems, dated.problems);
  const headerRow = shape.headerRows[0]! + 1;
  const mapped = proposeMapping({
    file,
    headers: shape.headers,
    body: grid.slice(shape.bodyStart, shape.bodyStart + 200),
    headerRow,
    year: dated.year,
    titleText,
    overrides: overrides.map,
    layout: overrides.layout,
  });
  append(problems, mapped.problems);
  const mapping = mapped.mapping;
  if (dated.year === null && !mapping.columns.some((c) => c.field === 'year')) {
    const text = 'no year in the title, sheet name or file name; set it with --year 2025.';
    problems.push(makeProblem('error', 'year_unknown', { file }, text));
  }
  const extraction = extractRows(grid, shape, mapping, {
    file,
    uncachedFormulas: read.uncachedFormulas,
  });
  append(problems, extraction.problems);
  const units = decideUnits(
    file,
    mapping,
    { titles, footnotes: extraction.footnotes, sheet: read.sheet },
    overrides,
  );
  append(problems, units.problems);

  const built = buildFigures({
    file,
    rows: extraction.rows,
    mapping,
    entities: context.entities,
    year: dated.year,
    period: dated.period,
    unitFor: units.unitFor,
    overrides,
  });
  append(problems, built.problems);
  const dataCount = extraction.rows.filter((r) => r.kind === 'data').length;
  if (dataCount === 0) {
    const text = 'the table has a header but no data rows below it.';
    problems.push(makeProblem('error', 'no_data_rows', { file, row: headerRow }, text));
  } else if (built.unresolved >= dataCount) {
    const name = mapping.columns.find((c) => c.field === 'name');
    const encoding = read.encoding ? `, and is the file really ${read.encoding}` : '';
    const text = `none of the ${dataCount} names matched a known city. Is the name column right${encoding}?`;
    const place = { file, columnIndex: name?.index ?? null, header: name?.header ?? null };
    problems.push(makeProblem('error', 'all_unresolved', place, text));
  }

  const byCode = new Map(context.entities.map((e) => [e.code as string, e]));
  const checked = validateFigures(built.figures, {
    file,
    mapping,
    dataset: context.dataset,
    labelOf: (f) => {
      const entity = byCode.get(f.code);
      return entity ? labelOfEntity(entity) : f.name_zh;
    },
  });
  append(problems, checked.problems);
  const blocked = problems.some((p) => p.severity === 'error' && p.row === null);
  return report(file, {
    ...base,
    year: dated.year,
    period: dated.period,
    unit: units.tableUnit?.id ?? null,
    layout: mapping.layout,
    rows_read: extraction.rowsRead,
    figures: blocked ? [] : checked.figures,
    problems: capProblems(problems, file),
    preview: extraction.preview,
    mapping,
  });
}
