/**
 * Reads and validates the curated CSV files in shared/data. Every problem throws with the file name
 * and line number: the bundled dataset is either built from clean input or not built at all.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FigureRow } from '../../core/data';
import {
  type Currency,
  type Flag,
  type Level,
  type Measure,
  type Precision,
  type RankScope,
  type SeriesFamily,
  type Source,
  type SourceKind,
  FLAGS,
  LEVELS,
  RANK_SCOPES,
  SOURCE_KINDS,
  asSourceId,
} from '../../core/model';
import { readCsv } from './csv';
import type { EntityLookup } from './entity-lookup';
import { applyCorrection, type Correction } from './read-corrections';

const SCOPES: readonly RankScope[] = RANK_SCOPES;
/** Every kind but `user_import`, which only the app's import writes. */
const KINDS: readonly SourceKind[] = SOURCE_KINDS.filter((k) => k !== 'user_import');
const MONEY_COLUMNS = { total: 'total_yi', exports: 'exports_yi', imports: 'imports_yi' } as const;
/** figures_usd.csv: money printed only in US dollars, in 亿美元. */
const USD_COLUMNS = {
  total: 'total_usd_yi',
  exports: 'exports_usd_yi',
  imports: 'imports_usd_yi',
} as const;
const YOY_COLUMNS = {
  total_yoy: 'total_yoy_pct',
  exports_yoy: 'exports_yoy_pct',
  imports_yoy: 'imports_yoy_pct',
} as const;

/** Source ids: S… from shared/data, P… from the project's own curated files (scripts/data/curated). */
const SOURCE_ID = /^[SP]\d{3}$/;

/**
 * The series a source belongs to, from its title: the City Statistical Yearbook and the NBS
 * provincial table are compiled differently from customs releases and bulletins (see SeriesFamily).
 */
export function seriesOf(title: string): SeriesFamily {
  if (title.includes('中国城市统计年鉴')) return 'yearbook';
  if (title.includes('国家统计局') && title.includes('分省年度数据')) return 'nbs';
  return 'release';
}

export { readCsv, type CsvRecord } from './csv';

export const sha256Of = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

function fail(file: string, line: number, message: string): never {
  throw new Error(`${path.basename(file)} line ${line}: ${message}`);
}

/** Reads a sources file into the dataset's source table, each source with its line. */
function readSourceLines(file: string): { line: number; source: Source }[] {
  return readCsv(file).map(({ line, fields: f }) => {
    if (!SOURCE_ID.test(f.source_id ?? '')) fail(file, line, `bad source_id "${f.source_id}"`);
    if (!KINDS.includes(f.kind as SourceKind)) fail(file, line, `unknown kind "${f.kind}"`);
    const date = f.published_date ?? '';
    if (date && !/^\d{4}-\d{2}(-\d{2})?$/.test(date)) fail(file, line, `bad date "${date}"`);
    const source: Source = {
      id: asSourceId(f.source_id!),
      title: f.title ?? '',
      publisher: f.publisher ?? '',
      url: f.url ?? '',
      publishedDate: date,
      kind: f.kind as SourceKind,
      series: seriesOf(f.title ?? ''),
    };
    return { line, source };
  });
}

/** Reads one sources file (sources.csv) into the dataset's source table. */
export const readSources = (file: string): Source[] => readSourceLines(file).map((s) => s.source);

/**
 * Reads several source files into one table. Ids must be unique across all of them: a duplicate
 * fails with both places ("sources_more.csv line 12: duplicate source_id S201, first at
 * sources.csv line 203").
 */
export function readAllSources(files: readonly string[]): Source[] {
  const seen = new Map<string, string>();
  const all: Source[] = [];
  for (const file of files) {
    for (const { line, source } of readSourceLines(file)) {
      const where = `${path.basename(file)} line ${line}`;
      const first = seen.get(source.id);
      if (first) throw new Error(`${where}: duplicate source_id ${source.id}, first at ${first}`);
      seen.set(source.id, where);
      all.push(source);
    }
  }
  return all;
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
  corrections: readonly Correction[] = [],
): FigureRow[] {
  const records = readCsv(file);
  const mine = new Map(
    corrections.filter((c) => c.file === path.basename(file)).map((c) => [c.line, c]),
  );
  const unused = new Set(mine.values());
  const currency: Currency = records[0] && 'total_usd_yi' in records[0].fields ? 'USD' : 'CNY';
  const moneyColumns = currency === 'USD' ? USD_COLUMNS : MONEY_COLUMNS;
  const measureColumns: Readonly<Record<Measure, string>> = { ...moneyColumns, ...YOY_COLUMNS };
  const format: FileFormat = { file, lookup, sourceIds, currency, moneyColumns, measureColumns };
  const rows = records.map(({ line, fields: f }) => {
    const row = readFigureRow(format, line, f);
    const correction = mine.get(line);
    if (!correction) return row;
    unused.delete(correction);
    return applyCorrection(row, f, correction);
  });
  for (const c of unused) throw new Error(`${c.at}: ${c.file} has no record at line ${c.line}`);
  return rows;
}

/** How one figures file is read: its currency and which column holds which measure. */
interface FileFormat {
  file: string;
  lookup: EntityLookup;
  sourceIds: ReadonlySet<string>;
  currency: Currency;
  moneyColumns: typeof MONEY_COLUMNS | typeof USD_COLUMNS;
  measureColumns: Readonly<Record<Measure, string>>;
}

function readFigureRow(format: FileFormat, line: number, f: Record<string, string>): FigureRow {
  const { file, lookup, sourceIds, currency, moneyColumns, measureColumns } = format;
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
  for (const [measure, column] of Object.entries(measureColumns) as [Measure, string][]) {
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
    if (!p) fail(file, line, `${moneyColumns[measure]} has no precision`);
    precision[measure] = p;
  }

  const rankValue = parseNumber(file, line, 'published_rank', f.published_rank ?? '');
  const scope = (f.rank_scope || null) as RankScope | null;
  if ((rankValue === undefined) !== (scope === null)) {
    fail(file, line, 'published_rank and rank_scope must be filled together');
  }
  if (scope !== null && !SCOPES.includes(scope)) fail(file, line, `unknown rank_scope "${scope}"`);
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
    ...(currency === 'USD' ? { currency } : {}),
  };
}
