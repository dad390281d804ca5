/**
 * Reads and validates the curated CSV files in shared/data. Every problem throws with the file name
 * and line number: the bundled dataset is either built from clean input or not built at all.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FigureRow } from '../../core/data/precedence';
import type {
  Flag,
  Level,
  Measure,
  Precision,
  RankScope,
  Source,
  SourceKind,
} from '../../core/model';
import { LEVELS, asSourceId } from '../../core/model';
import type { EntityLookup } from './entity-lookup';

export interface CsvRecord {
  line: number;
  fields: Record<string, string>;
}

const FLAGS: readonly Flag[] = [
  'unit_slip',
  'year_doubtful',
  'not_comparable',
  'conflict',
  'low_reliability',
  'derived',
];
const SCOPES: readonly RankScope[] = ['national_city', 'national_province', 'in_province'];
const KINDS: readonly SourceKind[] = [
  'official_release',
  'news_agency',
  'news_repost',
  'research_paper',
  'blog_or_qa',
  'other',
];
const MONEY_COLUMNS = { total: 'total_yi', exports: 'exports_yi', imports: 'imports_yi' } as const;
const MEASURE_COLUMNS: Readonly<Record<Measure, string>> = {
  ...MONEY_COLUMNS,
  total_yoy: 'total_yoy_pct',
  exports_yoy: 'exports_yoy_pct',
  imports_yoy: 'imports_yoy_pct',
};

export const sha256Of = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

/** Parses a CSV file with a header row into records that remember their line number. */
export function readCsv(file: string): CsvRecord[] {
  const parsed = parse(readFileSync(file, 'utf8'), {
    columns: true,
    info: true,
    skip_empty_lines: true,
  }) as { record: Record<string, string>; info: { lines: number } }[];
  return parsed.map(({ record, info }) => ({ line: info.lines, fields: record }));
}

function fail(file: string, line: number, message: string): never {
  throw new Error(`${path.basename(file)} line ${line}: ${message}`);
}

/** Reads sources.csv into the dataset's source table. */
export function readSources(file: string): Source[] {
  return readCsv(file).map(({ line, fields: f }) => {
    if (!/^S\d{3}$/.test(f.source_id ?? '')) fail(file, line, `bad source_id "${f.source_id}"`);
    if (!KINDS.includes(f.kind as SourceKind)) fail(file, line, `unknown kind "${f.kind}"`);
    const date = f.published_date ?? '';
    if (date && !/^\d{4}-\d{2}(-\d{2})?$/.test(date)) fail(file, line, `bad date "${date}"`);
    return {
      id: asSourceId(f.source_id!),
      title: f.title ?? '',
      publisher: f.publisher ?? '',
      url: f.url ?? '',
      publishedDate: date,
      kind: f.kind as SourceKind,
    };
  });
}

/** "Precision by field: total rounded, exports exact." → { total: 'rounded', exports: 'exact' }. */
export function precisionByField(
  note: string,
): Partial<Record<keyof typeof MONEY_COLUMNS, Precision>> {
  const match = /Precision by field:([^|]*)/.exec(note);
  if (!match) return {};
  const result: Partial<Record<keyof typeof MONEY_COLUMNS, Precision>> = {};
  for (const part of match[1]!.split(',')) {
    const [field, precision] = part.trim().replace(/\.$/, '').split(/\s+/);
    if (
      (field === 'total' || field === 'exports' || field === 'imports') &&
      (precision === 'exact' || precision === 'rounded')
    ) {
      result[field] = precision;
    }
  }
  return result;
}

function parseNumber(file: string, line: number, column: string, text: string): number | undefined {
  if (text === '') return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(text))
    fail(file, line, `${column} is not a plain decimal: "${text}"`);
  return Number(text);
}

/** Reads figures.csv into precedence rows, mapping every row to an entity code. */
export function readFigureRows(
  file: string,
  lookup: EntityLookup,
  sourceIds: ReadonlySet<string>,
): FigureRow[] {
  return readCsv(file).map(({ line, fields: f }) => {
    const level = f.level as Level;
    if (!LEVELS.includes(level)) fail(file, line, `unknown level "${f.level}"`);
    const resolved = lookup.resolve(level, f.name_zh ?? '', f.province_zh ?? '');
    if ('error' in resolved) fail(file, line, `cannot map entity: ${resolved.error}`);
    const year = Number(f.year);
    if (!Number.isInteger(year)) fail(file, line, `bad year "${f.year}"`);
    if (!f.period) fail(file, line, 'empty period');
    if (!sourceIds.has(f.source_id ?? '')) fail(file, line, `unknown source_id "${f.source_id}"`);
    const flag = (f.flag || null) as Flag | null;
    if (flag !== null && !FLAGS.includes(flag)) fail(file, line, `unknown flag "${f.flag}"`);

    const values: FigureRow['values'] = {};
    for (const [measure, column] of Object.entries(MEASURE_COLUMNS) as [Measure, string][]) {
      const value = parseNumber(file, line, column, f[column] ?? '');
      if (value !== undefined) values[measure] = value;
    }
    const rowPrecision = f.precision ? (f.precision as Precision) : null;
    if (rowPrecision !== null && rowPrecision !== 'exact' && rowPrecision !== 'rounded') {
      fail(file, line, `unknown precision "${f.precision}"`);
    }
    const byField = precisionByField(f.note ?? '');
    const precision: FigureRow['precision'] = {};
    for (const measure of Object.keys(MONEY_COLUMNS) as (keyof typeof MONEY_COLUMNS)[]) {
      if (values[measure] === undefined) continue;
      if (flag === 'unit_slip') fail(file, line, 'unit_slip row carries a value');
      const p = byField[measure] ?? rowPrecision;
      if (!p) fail(file, line, `${MONEY_COLUMNS[measure]} has no precision`);
      precision[measure] = p;
    }

    const rankValue = parseNumber(file, line, 'published_rank', f.published_rank ?? '');
    const scope = (f.rank_scope || null) as RankScope | null;
    if ((rankValue === undefined) !== (scope === null)) {
      fail(file, line, 'published_rank and rank_scope must be filled together');
    }
    if (scope !== null && !SCOPES.includes(scope))
      fail(file, line, `unknown rank_scope "${scope}"`);
    if (rankValue !== undefined && (!Number.isInteger(rankValue) || rankValue < 1)) {
      fail(file, line, `bad published_rank "${f.published_rank}"`);
    }
    return {
      code: resolved.code,
      year,
      period: f.period!,
      values,
      precision,
      rank: rankValue !== undefined && scope ? { rank: rankValue, scope } : null,
      sourceId: asSourceId(f.source_id!),
      flag,
      note: f.note ?? '',
    };
  });
}
