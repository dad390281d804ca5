/**
 * Header labels → fields. Wide tables carry one column per measure (进出口金额, 出口同比…); long
 * tables carry (city, indicator, value[, year]). The user reviews the proposal and can override
 * any column with `--map C=exports` (letter, 1-based number or header text).
 */
import { MEASURES, type MoneyMeasure } from '../model';
import { append, columnIndexOfLetter, columnLetter, makeProblem } from './problems';
import { parseNumberCell } from './numbers';
import { normaliseLabel } from '../places';
import { findYear } from './title-facts';
import type { ColumnMapping, ImportField, ImportProblem, Layout, MappedColumn } from './types';

export const IMPORT_FIELDS: readonly ImportField[] = [
  'name',
  'code',
  ...MEASURES,
  'indicator',
  'value',
  'yoy',
  'year',
  'rank',
  'ignore',
];
const FIELD_SYNONYMS: Record<string, ImportField> = {
  skip: 'ignore',
  none: 'ignore',
  export: 'exports',
  import: 'imports',
  city: 'name',
};
const WIDE_MONEY: readonly ImportField[] = ['total', 'exports', 'imports'];
const WIDE_VALUE_FIELDS: readonly ImportField[] = [
  ...WIDE_MONEY,
  'total_yoy',
  'exports_yoy',
  'imports_yoy',
];

const has = (label: string, pattern: RegExp): boolean => pattern.test(label);

/** Which measure a label names: total (进出口, "imports and exports"), exports or imports. */
export function flowOf(label: string): MoneyMeasure | null {
  const n = normaliseLabel(label);
  const exportWord = has(n, /出口|export/);
  const importWord = has(n, /进口|import/);
  if (
    has(n, /进出口|总额|总值|外贸|对外贸易|totaltrade|^total|trade/) ||
    (exportWord && importWord)
  ) {
    return 'total';
  }
  if (exportWord) return 'exports';
  if (importWord) return 'imports';
  return null;
}

/** True when a label speaks of growth rather than an amount. */
export const isGrowthLabel = (label: string): boolean =>
  has(normaliseLabel(label), /同比|增长|增速|增幅|比上年|增减|±|yoy|y\/y|growth|change|%/);

/** Propose a field for one header label; `tableYear` marks other years' columns as ignored. */
export function classifyHeader(header: string, tableYear: number | null): ImportField | null {
  const n = normaliseLabel(header);
  if (n === '') return null;
  const year = findYear(header);
  if (year !== null && tableYear !== null && year !== tableYear && !has(n, /^(年份|年度|year)$/)) {
    return 'ignore';
  }
  if (has(n, /上年|去年|上期|previousyear|lastyear|prioryear/) && !isGrowthLabel(header)) {
    return 'ignore';
  }
  if (has(n, /序号|^no\.?$|^#$/)) return 'ignore';
  if (has(n, /排名|位次|名次|排序|rank/)) return 'rank';
  if (has(n, /比重|占比|占全|share|proportion|percentof/)) return 'ignore';
  if (has(n, /代码|区划码|adcode|^code$|divisioncode/)) return 'code';
  const flow = flowOf(header);
  if (flow) return isGrowthLabel(header) ? (`${flow}_yoy` as ImportField) : flow;
  if (
    has(
      n,
      /城市|地区|地市|市别|名称|省份|省市|设区市|^city|^region|^area|^name|prefecture|^province|location/,
    )
  ) {
    return 'name';
  }
  if (has(n, /指标|项目|类别|indicator|measure|^flow|^item|variable/)) return 'indicator';
  if (has(n, /^(年份|年度|year)$/)) return 'year';
  if (isGrowthLabel(header)) return 'yoy';
  if (has(n, /数值|^值$|金额|value|amount/)) return 'value';
  return null;
}

/** Map a long-layout indicator ("出口总额", "进口同比") to a measure and kind. */
export function classifyIndicator(text: string): { metric: MoneyMeasure; growth: boolean } | null {
  const metric = flowOf(text);
  return metric ? { metric, growth: isGrowthLabel(text) } : null;
}

export interface MappingInput {
  file: string;
  headers: readonly string[];
  body: readonly string[][];
  /** 1-based row of the (top) header row, for problem locations. */
  headerRow: number;
  year: number | null;
  /** Titles, used to guess the measure of a bare 金额 column ("各市出口情况"). */
  titleText: string;
  overrides?: Record<string, string>;
  layout?: Layout;
}

function resolveColumnKey(key: string, headers: readonly string[]): number | null {
  const trimmed = key.trim();
  if (/^\d+$/.test(trimmed)) {
    const i = Number(trimmed) - 1;
    return i >= 0 && i < headers.length ? i : null;
  }
  const byHeader = headers.findIndex((h) => normaliseLabel(h) === normaliseLabel(trimmed));
  if (byHeader >= 0) return byHeader;
  const byLetter = columnIndexOfLetter(trimmed);
  return byLetter !== null && byLetter < headers.length ? byLetter : null;
}

function isMostlyText(body: readonly string[][], column: number): boolean {
  const cells = body.map((r) => r[column] ?? '').filter((c) => c.trim() !== '');
  const text = cells.filter((c) => parseNumberCell(c).kind === 'invalid');
  return cells.length > 0 && text.length / cells.length >= 0.6;
}

/** Propose a mapping and report what is missing, duplicated or overridden. */
export function proposeMapping(input: MappingInput): {
  mapping: ColumnMapping;
  problems: ImportProblem[];
} {
  const { file, headers, headerRow } = input;
  const problems: ImportProblem[] = [];
  const place = (index: number) => ({
    file,
    row: headerRow,
    columnIndex: index,
    header: headers[index] ?? '',
  });
  const columns: MappedColumn[] = headers.map((header, index) => {
    const field = classifyHeader(header, input.year);
    return {
      index,
      letter: columnLetter(index),
      header,
      field: field ?? 'ignore',
      via: field ? 'header' : 'none',
    };
  });
  for (const [key, rawField] of Object.entries(input.overrides ?? {})) {
    const index = resolveColumnKey(key, headers);
    const field = (IMPORT_FIELDS as readonly string[]).includes(rawField)
      ? (rawField as ImportField)
      : FIELD_SYNONYMS[rawField.toLowerCase()];
    if (index === null || !field) {
      const columnsListed = headers.map((h, i) => `${columnLetter(i)} (${h || '—'})`);
      problems.push(
        makeProblem(
          'error',
          'bad_override',
          { file },
          index === null
            ? { what: 'map_column', key, field: rawField, columns: columnsListed }
            : { what: 'map_field', key, field: rawField },
        ),
      );
      continue;
    }
    columns[index] = { ...columns[index]!, field, via: 'override' };
  }
  const fields = (): ImportField[] => columns.map((c) => c.field);
  const layout: Layout =
    input.layout ??
    (fields().includes('indicator') &&
    fields().includes('value') &&
    !fields().some((f) => WIDE_MONEY.includes(f))
      ? 'long'
      : 'wide');
  if (layout === 'wide' && !fields().some((f) => WIDE_VALUE_FIELDS.includes(f))) {
    // A bare 金额/同比 pair under a title that names one measure ("各市出口情况").
    const flow = flowOf(input.titleText);
    for (const c of columns) {
      if (flow && c.via !== 'override' && (c.field === 'value' || c.field === 'yoy')) {
        c.field = c.field === 'value' ? flow : (`${flow}_yoy` as ImportField);
        c.via = 'guess';
        problems.push(
          makeProblem('info', 'value_column_guessed', place(c.index), { field: c.field }),
        );
      }
    }
  }
  if (layout === 'wide') {
    for (const c of columns) {
      if (c.field !== 'yoy' || c.via === 'override') continue;
      const field = growthAfter(columns, c.index);
      if (!field) continue;
      c.field = field;
      c.via = 'guess';
      problems.push(
        makeProblem('info', 'growth_column_guessed', place(c.index), {
          field,
          after: columnLetter(c.index - 1),
        }),
      );
    }
  }
  if (!fields().includes('name') && !fields().includes('code')) {
    const guess = columns.find((c) => c.via === 'none' && isMostlyText(input.body, c.index));
    if (guess) {
      guess.field = 'name';
      guess.via = 'guess';
      problems.push(makeProblem('info', 'name_column_guessed', place(guess.index), {}));
    }
  }
  const seen = new Map<ImportField, number>();
  for (const c of columns) {
    if (c.field === 'ignore' || c.field === 'rank') continue;
    const first = seen.get(c.field);
    if (first === undefined) {
      seen.set(c.field, c.index);
      continue;
    }
    const problem = makeProblem('warning', 'duplicate_field', place(c.index), {
      field: c.field,
      first: columnLetter(first),
    });
    // One click maps it to the growth of the measure before it, when that is free.
    const offered = growthAfter(columns, c.index);
    problems.push(
      offered ? { ...problem, fix: { kind: 'map', letter: c.letter, field: offered } } : problem,
    );
    c.field = 'ignore';
  }
  append(problems, missingFieldProblems(columns, layout, file, headerRow));
  return { mapping: { layout, columns }, problems };
}

/**
 * The growth field of the amount column just before `index` ("进出口(亿元) | 比上年增长%"), when
 * no column gives that growth yet.
 */
function growthAfter(columns: readonly MappedColumn[], index: number): ImportField | null {
  const before = columns[index - 1]?.field;
  if (before !== 'total' && before !== 'exports' && before !== 'imports') return null;
  const field = `${before}_yoy` as ImportField;
  return columns.some((c) => c.field === field) ? null : field;
}

function missingFieldProblems(
  columns: readonly MappedColumn[],
  layout: Layout,
  file: string,
  headerRow: number,
): ImportProblem[] {
  const fields = new Set(columns.map((c) => c.field));
  const where = { file, row: headerRow };
  const problems: ImportProblem[] = [];
  if (!fields.has('name') && !fields.has('code')) {
    problems.push(makeProblem('error', 'missing_name_column', where, {}));
  }
  if (layout === 'wide' && !WIDE_VALUE_FIELDS.some((f) => fields.has(f))) {
    problems.push(makeProblem('error', 'missing_value_columns', where, { layout }));
  }
  if (layout === 'long' && (!fields.has('indicator') || !fields.has('value'))) {
    problems.push(makeProblem('error', 'missing_value_columns', where, { layout }));
  }
  return problems;
}
