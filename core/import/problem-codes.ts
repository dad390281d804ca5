/**
 * Every import problem as a code with typed parameters. Nothing in the pipeline writes a
 * sentence: `problem-text.ts` words a problem in Chinese or English when a reader needs one, so
 * the Chinese interface never shows an English message and the CLI can print either (`--lang`).
 */
import type { Adcode, Level, MoneyMeasure } from '../model';

/** A place as the file named it and as the reference tables know it (both languages). */
export interface EntityRef {
  code: Adcode;
  zh: string;
  en: string;
  level: Level;
}

/** Why a cell is not a number. */
export type CellReason =
  | 'text'
  | 'commas'
  | 'negative_twice'
  | 'out_of_range'
  | 'spreadsheet_error'
  | 'boolean'
  | 'date'
  | 'not_finite';

/** One reference a unit slip was measured against, with what it says. */
export type SlipEvidence =
  /** The stored figure for the same entity, year and measure. */
  | { ref: 'same_year'; stored: number; source: string }
  /** The stored (or, in a multi-year file, imported) previous year: growth after the fix. */
  | { ref: 'previous_year'; year: number; stored: number; growth: number }
  /** The growth printed beside the value disagrees with the growth the value implies. */
  | { ref: 'printed_growth'; printed: number; implied: number; year: number; stored: number }
  /** Rows above and below in a table sorted high to low. */
  | { ref: 'rank_neighbours'; above: number; below: number }
  /** The file's own total row: the members add up to it only after the fix. */
  | { ref: 'total_row'; row: number; total: number; sum: number; fixedSum: number }
  /** The entity's usual share of its province or of the nation. */
  | {
      ref: 'share';
      parent: EntityRef;
      usual: number;
      usualYear: number;
      now: number;
    };

/** What a file or sheet lacked when it yielded no figure, so the report can say what to do. */
export type NoFigureReason =
  | 'no_year'
  | 'no_unit'
  | 'no_value_columns'
  | 'no_name_column'
  | 'all_unresolved'
  | 'all_rows_refused'
  | 'no_data_rows'
  | 'other_errors';

/** Bad settings given by the user (CLI flags or wizard fields). */
export type BadOverride =
  | { what: 'map_column'; key: string; field: string; columns: string[] }
  | { what: 'map_field'; key: string; field: string }
  | { what: 'unit'; unit: string };

/** Parameters per problem code. Everything a sentence needs, nothing pre-worded. */
export interface ProblemParamMap {
  // bytes and text
  empty_file: Record<string, never>;
  binary_file: Record<string, never>;
  encoding_fallback: { replaced: number };
  encoding_replaced: { count: number; encoding: string; bom: string | null };
  encoding_truncated: { bytes: number };
  unclosed_quote: Record<string, never>;
  cell_too_long: { length: number; limit: number };
  too_many_rows: { limit: number };
  too_many_cells: { limit: number };
  // refusals by the reader (the file is not read at all)
  not_found: { folder: boolean };
  too_large: { size: number; limit: number };
  empty: Record<string, never>;
  not_a_table: Record<string, never>;
  legacy_xls: Record<string, never>;
  pdf: Record<string, never>;
  truncated: { detail: string };
  zip_bomb: { part: string | null; ratio: number | null; size: number; limit: number };
  sheet_too_large: {
    part: string;
    rows: number;
    columns: number;
    cells: number;
    limit: number;
    ref: string;
  };
  bad_cell_reference: { part: string; ref: string };
  not_a_workbook: Record<string, never>;
  read_failed: { detail: string };
  extension_mismatch: { extension: string; readAs: 'csv' | 'xlsx' };
  // table shape
  no_header: Record<string, never>;
  no_data_rows: Record<string, never>;
  sheet_not_found: { sheet: string; sheets: string[] };
  unit_unknown: Record<string, never>;
  unit_unrecognised: { phrase: string };
  unit_conflict: { units: string[] };
  year_unknown: Record<string, never>;
  year_conflict: { title: number; file: number };
  partial_period: { period: string };
  totals_row: { printed: string };
  no_figures: { reason: NoFigureReason; sheet: string | null };
  // columns
  missing_name_column: Record<string, never>;
  missing_value_columns: { layout: 'wide' | 'long' };
  name_column_guessed: Record<string, never>;
  value_column_guessed: { field: string };
  growth_column_guessed: { field: string; after: string };
  duplicate_field: { field: string; first: string };
  bad_override: BadOverride;
  // cells and names
  not_a_number: { reason: CellReason; text: string };
  too_large_to_convert: { value: number; unit: string };
  formula_without_value: Record<string, never>;
  unresolved_name: { printed: string; suggestions: EntityRef[] };
  ambiguous_name: { printed: string; candidates: EntityRef[] };
  all_unresolved: { rows: number; encoding: string | null };
  unknown_indicator: { indicator: string };
  bad_year: { text: string };
  // checks against the table itself and the stored dataset
  total_mismatch: {
    entity: EntityRef;
    total: number;
    exports: number;
    imports: number;
    sum: number;
    difference: number;
  };
  yoy_mismatch: {
    entity: EntityRef;
    metric: MoneyMeasure;
    printed: number;
    computed: number;
    year: number;
    stored: number;
    tolerance: number;
  };
  unit_slip: {
    entity: EntityRef;
    metric: MoneyMeasure;
    value: number;
    factor: number;
    to: number;
    currency: 'CNY' | 'USD';
    evidence: SlipEvidence[];
  };
  slip_accepted: {
    entity: EntityRef;
    metric: MoneyMeasure;
    value: number;
    currency: 'CNY' | 'USD';
  };
  duplicate_entity: { entity: EntityRef; first: number; same: boolean };
  negative_value: { entity: EntityRef; metric: MoneyMeasure; value: number };
  value_out_of_range: {
    entity: EntityRef;
    metric: MoneyMeasure;
    value: number;
    limit: number;
    currency: 'CNY' | 'USD';
  };
  yoy_out_of_range: { entity: EntityRef; metric: MoneyMeasure; yoy: number; bound: 'low' | 'high' };
  changes_existing: {
    entity: EntityRef;
    metric: MoneyMeasure;
    year: number;
    from: number;
    to: number;
    source: string;
  };
  total_row_sum: {
    total: EntityRef;
    metric: MoneyMeasure;
    printed: number;
    sum: number;
    difference: number;
    pct: number;
    members: number;
    memberLevel: Level;
  };
  total_row_unplaced: { printed: string };
  fix_applied: {
    printed: string;
    metric: MoneyMeasure;
    factor: number;
    from: number;
    to: number;
    applied: boolean;
  };
  recipe_mismatch:
    | { kind: 'column'; column: string; field: string }
    | { kind: 'unit'; file: string; recipe: string };
  usd_kept: { unit: string };
  /** The rest of one kind, past the cap of listed problems. */
  more_problems: { of: ProblemCode; count: number };
}

export type ProblemCode = keyof ProblemParamMap;

/** Codes the reader uses when it refuses a file before any parsing. */
export type ReadErrorCode = Extract<
  ProblemCode,
  | 'not_found'
  | 'too_large'
  | 'empty'
  | 'not_a_table'
  | 'legacy_xls'
  | 'pdf'
  | 'truncated'
  | 'zip_bomb'
  | 'sheet_too_large'
  | 'bad_cell_reference'
  | 'too_many_cells'
  | 'too_many_rows'
  | 'not_a_workbook'
  | 'read_failed'
>;
