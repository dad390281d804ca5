/**
 * Types shared by the import steps. The report uses snake_case keys because it is also written
 * to disk by the CLI (`atlas import --json`) and read by analysts; model types stay camelCase.
 */
import type { Adcode, Level, MoneyMeasure } from '../model';

export type Severity = 'error' | 'warning' | 'info';

/** Stable problem codes: the UI and tests branch on these, never on message text. */
export type ProblemCode =
  // bytes and text
  | 'empty_file'
  | 'binary_file'
  | 'encoding_fallback'
  | 'encoding_replaced'
  | 'unclosed_quote'
  | 'cell_too_long'
  | 'too_many_rows'
  | 'too_many_cells'
  // table shape
  | 'no_header'
  | 'no_data_rows'
  | 'sheet_not_found'
  | 'unit_unknown'
  | 'unit_unrecognised'
  | 'unit_conflict'
  | 'year_unknown'
  | 'year_conflict'
  | 'partial_period'
  | 'totals_row'
  // columns
  | 'missing_name_column'
  | 'missing_value_columns'
  | 'name_column_guessed'
  | 'value_column_guessed'
  | 'duplicate_field'
  | 'ignored_column'
  | 'bad_override'
  // cells and names
  | 'not_a_number'
  | 'formula_without_value'
  | 'rate_needed'
  | 'unresolved_name'
  | 'ambiguous_name'
  | 'all_unresolved'
  | 'unknown_indicator'
  // checks against the table itself and the stored dataset
  | 'total_mismatch'
  | 'yoy_mismatch'
  | 'unit_slip'
  | 'duplicate_entity'
  | 'negative_value'
  | 'yoy_out_of_range'
  | 'changes_existing'
  | 'fix_applied'
  | 'recipe_mismatch';

/** A one-click repair the UI can offer; `applyFix()` in pipeline.ts carries it out. */
export interface ScaleFix {
  kind: 'scale';
  row: number;
  code: Adcode;
  metric: MoneyMeasure;
  factor: number;
  from: number;
  to: number;
}
export type FixDescriptor = ScaleFix;

/** One finding. `row` is 1-based as the file shows it; `column` is header text, else a letter. */
export interface ImportProblem {
  severity: Severity;
  row: number | null;
  column: string | null;
  code: ProblemCode;
  message: string;
  fix?: FixDescriptor;
  /** For unresolved/ambiguous names: the printed name and the entities a user may pick from. */
  unplaced?: UnplacedName;
}

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
  /** CNY per USD, required for tables in 美元 units. */
  usdRate?: number;
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
  /** 亿元 RMB, or null when the row only gives growth for this metric. */
  value: number | null;
  yoy_pct: number | null;
  /** Resolution of the printed value after unit conversion, in 亿元 (0.01 for "498.79 亿元"). */
  resolution_yi: number | null;
  /** Row in the file, 1-based. */
  row: number;
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
