/**
 * English wording of every import problem. Each sentence says what is wrong and what to do.
 * The type makes a missing code a compile error.
 */
import type { EntityRef, SlipEvidence } from './problem-codes';
import { countText, fileSize, plainNumber } from './problem-text-kit';
import type { ProblemTemplates, TextKit } from './problem-text-kit';

const CELL_REASONS = {
  text: 'is text, not a number',
  commas: 'has commas that are not thousands separators',
  negative_twice: 'is negative twice',
  out_of_range: 'is out of range',
  spreadsheet_error: 'is a spreadsheet error',
  boolean: 'is a TRUE/FALSE value',
  date: 'is a date, not a number',
  not_finite: 'is not a finite number',
} as const;

const NO_FIGURE_ADVICE = (k: TextKit) => ({
  no_year: `no year was found for the rows; set the year${k.cli('--year 2025')} or add a 年份 column`,
  no_unit: `no money unit was found; choose the unit${k.cli('--unit 亿元')}`,
  no_value_columns: `no column holds trade values; map one${k.cli('--map C=total')}`,
  no_name_column: `no column holds place names; map one${k.cli('--map A=name')}`,
  all_unresolved: 'no name matched a known place; check the name column or teach aliases',
  all_rows_refused: 'every value was refused (see the problems above); fix the cells',
  no_data_rows: 'there are no data rows below the header',
  other_errors: 'errors above stop the import; fix them first',
});

export const EN: ProblemTemplates = {
  empty_file: () => 'the file has no rows.',
  binary_file: () =>
    'this is not a text table (it contains binary data). Open it in Excel and save as .xlsx or CSV.',
  encoding_fallback: (p) =>
    `the file is neither valid UTF-8 nor valid GB18030; read as GB18030 with ${p.replaced} undecodable sequence(s) replaced by "�". Choose the encoding if names look wrong.`,
  encoding_replaced: (p) =>
    `${p.count} byte sequence(s) are not valid ${p.encoding} and were replaced by "�"; the file is probably in another encoding${p.bom ? ` (its BOM says ${p.bom})` : ''}.`,
  encoding_truncated: (p) =>
    `the file ends in the middle of a UTF-8 character (${p.bytes} stray byte(s) dropped); it may be truncated.`,
  unclosed_quote: () =>
    'a quote (") opens a cell but is never closed; the quote was read as an ordinary character.',
  cell_too_long: (p, k) =>
    `the cell holds ${k.int(p.length)} characters (limit ${k.int(p.limit)}); it was left out.`,
  too_many_rows: (p, k) => `the table has more than ${k.int(p.limit)} rows. Split the file.`,
  too_many_cells: (p, k) =>
    `the table has more than ${k.int(p.limit)} cells. Delete unused columns or split the file.`,
  not_found: (p) =>
    p.folder ? 'is a folder, not a file.' : 'the file does not exist or cannot be opened.',
  too_large: (p, k) =>
    `the file is ${k.size(p.size)}; the limit is ${k.size(p.limit)}. Split it or delete unused sheets.`,
  empty: () => 'the file is empty (0 bytes).',
  not_a_table: () =>
    'not a table file: it holds binary data (a picture, an archive or a document?). Choose an .xlsx, .csv or .tsv file.',
  legacy_xls: () =>
    'this is an old-format Excel file (.xls, or a password-protected workbook). Open it in Excel or WPS and save it as .xlsx (unprotected), then import that.',
  pdf: () => 'this is a PDF, not a table. Export the table to Excel or CSV first.',
  truncated: (p) =>
    `not read: ${p.detail}. The file is probably truncated or damaged; copy it again or re-save it in Excel.`,
  zip_bomb: (p, k) =>
    p.ratio !== null
      ? `not read: part "${p.part}" would expand ${p.ratio}-fold (to ${k.size(p.size)}); the limit is ${p.limit}-fold.`
      : p.part !== null
        ? `not read: part "${p.part}" expands beyond its declared size or the ${k.size(p.limit)} limit.`
        : `not read: it would expand to ${k.size(p.size)}; the limit is ${k.size(p.limit)}.`,
  sheet_too_large: (p, k) =>
    `not read: sheet part "${p.part}" claims cells up to ${p.ref} (${k.int(p.rows)} rows × ${k.int(p.columns)} columns = ${k.int(p.cells)} cells); the limit is ${k.int(p.limit)}. Delete the far-away cells in Excel (Ctrl+End shows the last one) and save again.`,
  bad_cell_reference: (p) =>
    `not read: sheet part "${p.part}" names a cell "${p.ref}" that no spreadsheet can have (Excel ends at XFD1048576). The file is damaged or was not written by a spreadsheet program.`,
  not_a_workbook: () =>
    'this zip archive is not an Excel workbook (no xl/workbook.xml). Is it a .docx or another zip renamed to .xlsx?',
  read_failed: (p) => `the workbook could not be read (${p.detail}). Re-save it in Excel as .xlsx.`,
  extension_mismatch: (p) =>
    p.readAs === 'xlsx'
      ? `the name ends in "${p.extension}" but the file is an Excel workbook; read as .xlsx.`
      : `the name ends in "${p.extension}" but the file is plain text; read as CSV.`,
  no_header: () =>
    'no header row found in the first 30 rows (looked for 进出口, 出口, 进口, 城市, 地区, Total, Exports, City…).',
  no_data_rows: () => 'the table has a header but no data rows below it.',
  sheet_not_found: (p) =>
    `there is no sheet "${p.sheet}"; the sheets are ${p.sheets.map((s) => `"${s}"`).join(', ')}.`,
  unit_unknown: (_, k) =>
    `no money unit in the title or headers (亿元, 万元, 亿美元…); choose the unit${k.cli('--unit 亿元')}.`,
  unit_unrecognised: (p, k) =>
    `the stated unit "${p.phrase}" is not a money unit this importer knows (亿元, 万元, 元, 亿美元, 万美元, 千美元, "100 million yuan"…); choose the unit${k.cli('--unit')}.`,
  unit_conflict: (p, k) =>
    `the title rows name different units (${p.units.join(', ')}); choose the unit${k.cli('--unit')}.`,
  year_unknown: (_, k) =>
    `no year in the title, sheet name, file name or a year column; set the year${k.cli('--year 2025')}.`,
  year_conflict: (p, k) =>
    `the title says ${p.title} but the file name says ${p.file}; using ${p.title}. Set the year${k.cli('--year')} if that is wrong.`,
  partial_period: (p, k) =>
    `the table covers ${k.period(p.period)}, not the full year; figures are stored with period ${p.period} and kept out of annual rankings.`,
  totals_row: (p) => `"${p.printed}" is a totals row and is not imported.`,
  no_figures: (p, k) =>
    `${p.sheet !== null ? `sheet "${p.sheet}" yields` : 'the file yields'} no figure: ${NO_FIGURE_ADVICE(k)[p.reason]}.`,
  missing_name_column: (_, k) =>
    `no column with city names or codes (looked for 城市, 地区, 名称, 代码, City, Region, Name, Code). Map the name column${k.cli('--map A=name')}.`,
  missing_value_columns: (p, k) =>
    p.layout === 'wide'
      ? `no column with trade values (looked for 进出口, 出口, 进口, Total, Exports, Imports). Map a value column${k.cli('--map C=total')}.`
      : `a long table needs an indicator column (指标) and a value column (数值). Map them${k.cli('--map B=indicator --map C=value')}.`,
  name_column_guessed: () =>
    'no header names the city column; this column holds text, so it is read as city names.',
  value_column_guessed: (p, k) =>
    `read as ${k.field(p.field)} because the title names that measure.`,
  growth_column_guessed: (p, k) =>
    `read as ${k.field(p.field)}: a growth column right after column ${p.after}.`,
  duplicate_field: (p, k) =>
    `also looks like ${k.field(p.field)}, which column ${p.first} already gives; this column is ignored. Choose its field in the mapping${k.cli('--map')}.`,
  bad_override: (p) => {
    switch (p.what) {
      case 'map_column':
        return `cannot apply --map ${p.key}=${p.field}: column "${p.key}" is not in the table; columns are ${p.columns.join(', ')}.`;
      case 'map_field':
        return `cannot apply --map ${p.key}=${p.field}: "${p.field}" is not a field.`;
      case 'unit':
        return `unit "${p.unit}" is not a money unit (use 亿元, 万元, 元, 亿美元, 万美元 or 千美元).`;
    }
  },
  not_a_number: (p) => `"${p.text}" ${CELL_REASONS[p.reason]}; the cell is not imported.`,
  too_large_to_convert: (p, k) =>
    `${k.num(p.value)} ${p.unit} is too large to convert; the cell is not imported.`,
  formula_without_value: () =>
    'the cell holds a formula whose result was never saved. Open the file in Excel, let it calculate, and save it again.',
  unresolved_name: (p, k) =>
    `"${p.printed}" is not a known city${p.suggestions.length ? `; did you mean ${k.list(p.suggestions.map((e) => `${k.entity(e)} ${e.code}`))}?` : '.'} Teach an alias to import it.`,
  ambiguous_name: (p, k) =>
    `"${p.printed}" could be ${k.list(p.candidates.map((e) => `${k.entity(e)} ${e.code}`))}; add a code column or teach an alias.`,
  all_unresolved: (p) =>
    `none of the ${p.rows} names matched a known city. Is the name column right${p.encoding ? `, and is the file really ${p.encoding}` : ''}?`,
  unknown_indicator: (p) =>
    `indicator "${p.indicator}" is not 进出口, 出口 or 进口 (or their growth); rows with it are skipped.`,
  bad_year: (p) => `"${p.text}" is not a year between 1949 and 2100; the row is skipped.`,
  total_mismatch: (p, k) =>
    `${k.entity(p.entity)} total ${k.num(p.total)} ≠ exports ${k.num(p.exports)} + imports ${k.num(p.imports)} = ${k.num(p.sum)} (difference ${k.num(p.difference)}, more than rounding allows).`,
  yoy_mismatch: (p, k) =>
    `${k.entity(p.entity)} ${k.metric(p.metric)} growth is printed as ${p.printed}%, but against the stored ${p.year} value ${k.num(p.stored)} it is ${p.computed.toFixed(1)}% (more than ${p.tolerance} points apart).`,
  unit_slip: (p, k) =>
    `${k.entity(p.entity)} ${k.metric(p.metric)} ${k.money(p.value, p.currency)} looks like a unit slip: ${p.evidence.map((e) => k.evidence(e, p.factor)).join('; ')}. Suggested: ×${k.num(p.factor)} → ${k.num(p.to)}. Fix it, or accept the value as printed.`,
  slip_accepted: (p, k) =>
    `${k.entity(p.entity)} ${k.metric(p.metric)} ${k.money(p.value, p.currency)} accepted as printed; the revision records it.`,
  duplicate_entity: (p, k) =>
    p.same
      ? `${k.entity(p.entity)} appears again (first at row ${p.first}) with the same values; this row is skipped.`
      : `${k.entity(p.entity)} appears twice with different values (rows ${p.first} and this one); neither is imported until one is removed.`,
  negative_value: (p, k) =>
    `${k.entity(p.entity)} ${k.metric(p.metric)} is negative (${k.num(p.value)}); trade values cannot be below zero. Not imported.`,
  value_out_of_range: (p, k) =>
    `${k.entity(p.entity)} ${k.metric(p.metric)} ${k.money(p.value, p.currency)} is beyond any plausible value for a ${k.level(p.entity.level)} (more than ${k.money(p.limit, p.currency)}). Not imported; check the unit and the cell.`,
  yoy_out_of_range: (p, k) =>
    p.bound === 'low'
      ? `${k.entity(p.entity)} ${k.metric(p.metric)} growth ${p.yoy}% is below −100%, which is impossible. Not imported.`
      : `${k.entity(p.entity)} ${k.metric(p.metric)} growth ${p.yoy}% is implausibly high; check the column.`,
  changes_existing: (p, k) =>
    `${k.entity(p.entity)} ${p.year} ${k.metric(p.metric)}: ${k.num(p.from)} → ${k.num(p.to)} (replaces source ${p.source}).`,
  total_row_sum: (p, k) =>
    `the ${p.members} ${k.level(p.memberLevel)} rows add up to ${k.num(p.sum)} for ${k.metric(p.metric)}; the total row ${k.entity(p.total)} says ${k.num(p.printed)} (difference ${k.num(p.difference)}, ${p.pct.toFixed(1)}%)${p.pct > 5 ? '. More than 5% apart: are rows missing, or is one value off?' : '.'}`,
  total_row_unplaced: (p) =>
    `"${p.printed}" is a totals row, but the rows below it do not tell which province or city it totals; it is not imported.`,
  fix_applied: (p, k) =>
    p.applied
      ? `${p.printed} ${k.metric(p.metric)}: ×${k.num(p.factor)} applied, ${k.num(p.from)} → ${k.num(p.to)}.`
      : `the suggested ×${k.num(p.factor)} was not applied: the value is no longer ${k.num(p.from)}.`,
  recipe_mismatch: (p, k) =>
    p.kind === 'column'
      ? `the recipe's column "${p.column}" (${k.field(p.field)}) is not in this file; check the mapping.`
      : `this file states its unit as ${p.file}; the recipe was saved with ${p.recipe}. Using ${p.file}.`,
  usd_kept: (p) =>
    `values are in ${p.unit}; they are kept in US dollars (亿美元), as published, and converted to 亿元 only where a sourced annual rate exists (marked derived).`,
  more_problems: (p, k) => `…and ${k.int(p.count)} more like the above.`,
};

const FIELDS: Record<string, string> = {
  total_yoy: 'total growth',
  exports_yoy: 'exports growth',
  imports_yoy: 'imports growth',
  yoy: 'growth',
};
const LEVELS = {
  national: 'nation',
  province: 'province',
  city: 'city',
  county_city: 'county-level city',
} as const;

/** "Xi'an (西安)", or the Chinese name alone when there is no distinct English name. */
const entity = (e: EntityRef): string => (e.en && e.en !== e.zh ? `${e.en} (${e.zh})` : e.zh);

function evidence(e: SlipEvidence, factor: number): string {
  switch (e.ref) {
    case 'same_year':
      return `the stored figure for the same year is ${plainNumber(e.stored)} (source ${e.source})`;
    case 'previous_year':
      return `${e.year} was ${plainNumber(e.stored)}, so ×${plainNumber(factor)} means ${e.growth.toFixed(1)}% growth`;
    case 'printed_growth':
      return `the growth printed beside it is ${e.printed}%, but against ${e.year}'s ${plainNumber(e.stored)} the value implies ${e.implied.toFixed(1)}%`;
    case 'rank_neighbours':
      return `×${plainNumber(factor)} puts it between its neighbours in this table (rows ${e.above} and ${e.below})`;
    case 'total_row':
      return `the rows add up to ${plainNumber(e.sum)} against the total row ${e.row}'s ${plainNumber(e.total)}, and to ${plainNumber(e.fixedSum)} with the fix`;
    case 'share':
      return `it would be ${e.now.toFixed(1)}% of ${entity(e.parent)}, against a usual ${e.usual.toFixed(1)}% (${e.usualYear})`;
  }
}

export const EN_KIT: TextKit = {
  num: plainNumber,
  int: countText,
  size: fileSize,
  money: (v, currency) => `${plainNumber(v)} ${currency === 'USD' ? '亿美元' : '亿元'}`,
  entity,
  metric: (m) => m,
  field: (f) => FIELDS[f] ?? f,
  level: (l) => LEVELS[l],
  period: (p) => (p === 'full_year' ? 'the full year' : p),
  list: (items) => items.join(', '),
  evidence,
  cli: () => '',
};
