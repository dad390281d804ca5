/**
 * Types shared by the import steps. The report uses snake_case keys because it is also written
 * to disk by the CLI (`atlas import --json`) and read by analysts; model types stay camelCase.
 */
import type { Adcode, Level, MoneyMeasure } from '../model';
import type { ProblemCode, ProblemParamMap } from './problem-codes';

export type Severity = 'error' | 'warning' | 'info';

export type { ProblemCode, ProblemParamMap } from './problem-codes';

/** Scale one value by a power of ten (a unit slip): 498.79 → 4,987.9. */
export interface ScaleFix {
  kind: 'scale';
  row: number;
  code: Adcode;
  metric: MoneyMeasure;
  factor: number;
  from: number;
  to: number;
}
/** Keep a value the checks doubted, as printed; recorded in the revision. */
export interface AcceptFix {
  kind: 'accept';
  row: number;
  code: Adcode;
  metric: MoneyMeasure;
  value: number;
}
/** Read a column as another field (the wizard applies it as a mapping override). */
export interface MapFix {
  kind: 'map';
  letter: string;
  field: ImportField;
}
/** Teach the resolver a name (the wizard applies it as an alias). */
export interface AliasFix {
  kind: 'alias';
  alias: string;
  code: Adcode;
}
/** Fixes to values: sent with the request and applied only if the report offers them. */
export type ValueFix = ScaleFix | AcceptFix;
/** A one-click repair a problem offers. */
export type FixDescriptor = ValueFix | MapFix | AliasFix;

interface ProblemBase {
  severity: Severity;
  /** 1-based row as the file shows it, or null for the whole file. */
  row: number | null;
  /** Header text of the column, else its letter; null when no column applies. */
  column: string | null;
  /** Spreadsheet letter of the column, when one applies. */
  letter: string | null;
  fix?: FixDescriptor;
  /** For unresolved/ambiguous names: the printed name and the entities a user may pick from. */
  unplaced?: UnplacedName;
}

/**
 * One finding: a code with its typed parameters. `problem-text.ts` words it in zh or en; UIs and
 * tests branch on `code` and `params`, never on wording.
 */
export type ImportProblem = {
  [C in ProblemCode]: ProblemBase & { code: C; params: ProblemParamMap[C] };
}[ProblemCode];

/** A name the resolver could not place, with candidates for a UI to offer as "teach an alias". */
export interface UnplacedName {
  printed: string;
  candidates: { code: Adcode; name_zh: string; name_en: string; level: Level }[];
}

/** Fields a column can carry. `indicator`/`value`/`yoy`/`year` only occur in long layouts. */
export type ImportField =
  | 'name'
  | 'code'
  | 'total'
  | 'exports'
  | 'imports'
  | 'total_yoy'
  | 'exports_yoy'
  | 'imports_yoy'
  | 'indicator'
  | 'value'
  | 'yoy'
  | 'year'
  | 'rank'
  | 'ignore';

export type Layout = 'wide' | 'long';

/** One column of the chosen mapping, as shown to the user for review. */
export interface MappedColumn {
  index: number;
  letter: string;
  header: string;
  field: ImportField;
  /** How the field was chosen: header keywords, a user/recipe override, or a data-based guess. */
  via: 'header' | 'override' | 'guess' | 'none';
}

export interface ColumnMapping {
  layout: Layout;
  columns: MappedColumn[];
}

/** A cell value as readers hand it over (xlsx gives numbers, booleans and dates too). */
export type RawCell = string | number | boolean | Date | null | undefined;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface ImportOverrides {
  year?: number;
  /** A unit id from `MONEY_UNITS` (e.g. '亿元', '万美元') or a phrase detectUnit understands. */
  unit?: string;
  encoding?: TextEncodingName;
  /** Column (letter, 1-based number or exact header text) → field, as in `--map C=exports`. */
  map?: Record<string, string>;
  layout?: Layout;
  /** Names the user taught the resolver, highest precedence. */
  aliases?: { alias: string; code: Adcode }[];
}

/** One imported value (亿元) or published growth for an entity, year and period. */
export interface ImportedFigure {
  code: Adcode;
  name_zh: string;
  level: Level;
  year: number;
  period: string;
  metric: MoneyMeasure;
  /** In `currency`: 亿元 for CNY tables, 亿美元 for USD tables; null when only growth is given. */
  value: number | null;
  currency: 'CNY' | 'USD';
  yoy_pct: number | null;
  /** Resolution of the printed value after unit conversion, in 亿 of `currency` (0.01 for "498.79 亿元"). */
  resolution_yi: number | null;
  /** Row in the file, 1-based. */
  row: number;
  /** 0-based column the value (else the growth) was read from. */
  column: number | null;
  /** 0-based column the growth was read from. */
  yoy_column: number | null;
  /** From a totals row (全国, 全省合计…) rather than a row naming the place. */
  from_total_row: boolean;
  /** Row of the totals row this figure's row adds up to, if the table has one. */
  total_row: number | null;
  /** The stored value this would replace, if any. */
  existing: number | null;
}

export type RowKind = 'title' | 'header' | 'data' | 'total' | 'footnote' | 'blank';

export interface PreviewRow {
  row: number;
  kind: RowKind;
  cells: string[];
}

export interface ImportReport {
  file: string;
  encoding: TextEncodingName | null;
  sheet: string | null;
  year: number | null;
  period: string;
  /** Unit id of the table as printed (before conversion), or null when unknown. */
  unit: string | null;
  layout: Layout;
  /** Non-blank rows below the header (data, totals and footnotes). */
  rows_read: number;
  figures: ImportedFigure[];
  problems: ImportProblem[];
  preview: PreviewRow[];
  mapping: ColumnMapping;
}
