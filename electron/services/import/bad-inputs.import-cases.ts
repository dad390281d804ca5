/**
 * Bad inputs the reader accepts and the pipeline reports: encodings, table shape, cells, units,
 * names and checks. Part of the catalogue run by bad-inputs.test.ts.
 */
import { expect } from 'vitest';
import { SYNTH_CITIES, rowsToDelimited, synthCustomsTable } from '../../../core/import';
import type { BadInput } from './bad-inputs.read-cases';
import { synthCustomsCsv, synthXlsx } from './synth-files';

const csvOf = (rows: string[][]): string => rowsToDelimited(rows);
const editRows = (edit: (rows: string[][]) => void, options = {}): string => {
  const rows = synthCustomsTable(options);
  edit(rows);
  return csvOf(rows);
};

export const IMPORT_CASES: BadInput[] = [
  {
    name: 'only blank lines',
    make: () => ({ name: 'blank.csv', bytes: '\r\n \r\n,,,\r\n' }),
    stage: 'import',
    code: 'empty_file',
    says: ['blank.csv: the file has no rows.'],
  },
  {
    name: 'title but no header',
    make: () => ({ name: 'title.csv', bytes: '2025年各市进出口情况\r\n说明文字\r\n' }),
    stage: 'import',
    code: 'no_header',
    says: ['title.csv: no header row found'],
  },
  {
    name: 'only headers',
    make: () => ({ name: 'headers.csv', bytes: csvOf(synthCustomsTable().slice(0, 3)) }),
    stage: 'import',
    code: 'no_data_rows',
    row: 2,
    says: ['headers.csv, row 2: the table has a header but no data rows'],
  },
  {
    name: 'wrong encoding forced',
    make: () => ({
      name: 'gbk.csv',
      bytes: synthCustomsCsv({ encoding: 'gb18030' }),
      overrides: { encoding: 'utf-8' },
    }),
    stage: 'import',
    code: 'encoding_replaced',
    says: ['gbk.csv:', 'not valid utf-8'],
    stillImports: false,
  },
  {
    name: 'UTF-8 file cut inside a character',
    make: () => {
      const b = synthCustomsCsv({ encoding: 'utf-8', edit: (rows) => [...rows, ['注：完']] });
      return { name: 'cut.csv', bytes: b.subarray(0, b.length - 3) };
    },
    stage: 'import',
    code: 'encoding_truncated',
    says: ['cut.csv: the file ends in the middle of a UTF-8 character'],
    stillImports: true,
  },
  {
    name: 'merged header cells (xlsx)',
    make: async () => ({
      name: 'merged.xlsx',
      bytes: await synthXlsx({ merged: true, titleRows: 2, totalsRow: true }),
    }),
    stage: 'import',
    code: 'total_row_unplaced',
    row: 12,
    says: ['merged.xlsx, row 12: "全省合计" is a totals row, but the rows below it do not tell'],
    stillImports: true,
    check: (report) => {
      expect(report.mapping.columns.map((c) => c.field)).toEqual([
        'name',
        'total',
        'total_yoy',
        'exports',
        'exports_yoy',
        'imports',
        'imports_yoy',
      ]);
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    },
  },
  {
    name: 'duplicated city with different values',
    make: () => ({
      name: 'dup.csv',
      bytes: editRows((r) => r.push(['深圳', '1.0', '1', '0.5', '', '0.5', ''])),
    }),
    stage: 'import',
    code: 'duplicate_entity',
    row: 11,
    says: [
      'dup.csv, row 11: Shenzhen (深圳) appears twice with different values (rows 4 and this one)',
    ],
    stillImports: true,
  },
  {
    name: 'text in a number column',
    make: () => ({ name: 'text.csv', bytes: editRows((r) => (r[5]![3] = '约6500')) }),
    stage: 'import',
    code: 'not_a_number',
    row: 6,
    column: '出口 金额',
    says: ['text.csv, row 6, column D (出口 金额): "约6500" is text, not a number'],
    stillImports: true,
  },
  {
    name: 'spreadsheet error value',
    make: () => ({ name: 'ref.csv', bytes: editRows((r) => (r[4]![1] = '#REF!')) }),
    stage: 'import',
    code: 'not_a_number',
    row: 5,
    column: '进出口 金额',
    says: ['ref.csv, row 5, column B (进出口 金额): "#REF!" is a spreadsheet error'],
    stillImports: true,
  },
  {
    name: 'formula cell without saved value',
    make: async () => ({
      name: 'formula.xlsx',
      bytes: await synthXlsx({ formulaAt: { row: 6, column: 6, formula: 'B6-D6' } }),
    }),
    stage: 'import',
    code: 'formula_without_value',
    row: 6,
    column: '进口 金额',
    says: [
      'formula.xlsx, row 6, column F (进口 金额): the cell holds a formula whose result was never saved',
    ],
    stillImports: true,
  },
  {
    name: '10 MB single cell',
    make: () => ({
      name: 'long.csv',
      bytes: editRows((r) => (r[6]![0] = 'x'.repeat(10 * 1024 * 1024))),
    }),
    stage: 'import',
    code: 'cell_too_long',
    row: 7,
    column: 'A',
    says: ['long.csv, row 7, column A: the cell holds 10,485,760 characters (limit 32,767)'],
    stillImports: true,
  },
  {
    name: 'unknown unit',
    make: () => ({ name: 'tons.csv', bytes: csvOf(synthCustomsTable({ unit: '万吨' })) }),
    stage: 'import',
    code: 'unit_unrecognised',
    says: ['tons.csv: the stated unit "万吨" is not a money unit'],
  },
  {
    name: 'no unit anywhere',
    make: () => ({ name: 'nounit.csv', bytes: csvOf(synthCustomsTable({ unit: null })) }),
    stage: 'import',
    code: 'unit_unknown',
    says: ['nounit.csv: no money unit in the title or headers'],
  },
  {
    name: 'two units in the titles',
    make: () => ({
      name: 'units.csv',
      bytes: csvOf([
        ['2025年各市进出口（单位：亿元）'],
        ['出口单位：万美元'],
        ...synthCustomsTable({ titleRows: 0 }),
      ]),
    }),
    stage: 'import',
    code: 'unit_conflict',
    says: ['units.csv: the title rows name different units (亿元, 万美元)'],
  },
  {
    name: 'missing name column',
    make: () => ({ name: 'noname.csv', bytes: csvOf(synthCustomsTable().map((r) => r.slice(1))) }),
    stage: 'import',
    code: 'missing_name_column',
    row: 2,
    says: ['noname.csv, row 2: no column with city names or codes'],
  },
  {
    name: 'all rows unresolved',
    make: () => ({
      name: 'mars.csv',
      bytes: editRows((r) => r.forEach((row, i) => i >= 3 && (row[0] = `火星${i}号`))),
    }),
    stage: 'import',
    code: 'all_unresolved',
    column: '地区',
    says: ['mars.csv, column A (地区): none of the 7 names matched a known city'],
  },
  {
    name: 'one unknown city',
    make: () => ({ name: 'typo.csv', bytes: editRows((r) => (r[3]![0] = '深训市')) }),
    stage: 'import',
    code: 'unresolved_name',
    row: 4,
    column: '地区',
    says: [
      'typo.csv, row 4, column A (地区): "深训市" is not a known city; did you mean Shenzhen (深圳) 440300',
    ],
    stillImports: true,
  },
  {
    name: 'no year anywhere',
    make: () => ({
      name: 'undated.csv',
      bytes: csvOf(
        synthCustomsTable().map((r, i) => (i === 0 ? ['各市进出口情况（单位：亿元）'] : r)),
      ),
    }),
    stage: 'import',
    code: 'year_unknown',
    says: ['undated.csv: no year in the title, sheet name, file name or a year column'],
  },
  {
    name: 'unclosed quote',
    make: () => ({
      name: 'quote.csv',
      bytes: editRows(() => undefined).replace('台州市,', '"台州市,'),
    }),
    stage: 'import',
    code: 'unclosed_quote',
    row: 9,
    says: ['quote.csv, row 9, column A: a quote (") opens a cell but is never closed'],
    stillImports: true,
  },
  {
    name: 'negative trade value',
    make: () => ({ name: 'neg.csv', bytes: editRows((r) => (r[9]![5] = '-100.3')) }),
    stage: 'import',
    code: 'negative_value',
    row: 10,
    column: '进口 金额',
    says: ['neg.csv, row 10, column F (进口 金额): Jilin City (吉林) imports is negative'],
    stillImports: true,
  },
  {
    name: 'sheet not found',
    make: async () => ({
      name: 'sheets.xlsx',
      bytes: await synthXlsx({ extraSheets: [{ name: '说明', rows: [['x']] }] }),
      sheetName: '2026',
    }),
    stage: 'import',
    code: 'sheet_not_found',
    says: ['sheets.xlsx: there is no sheet "2026"; the sheets are "2025", "说明"'],
  },
  {
    name: 'bad --map override',
    make: () => ({ name: 'map.csv', bytes: synthCustomsCsv(), overrides: { map: { Q: 'total' } } }),
    stage: 'import',
    code: 'bad_override',
    says: ['map.csv: cannot apply --map Q=total: column "Q" is not in the table'],
  },
  {
    name: 'monthly table mistaken for annual',
    make: () => ({ name: 'dec.csv', bytes: csvOf(synthCustomsTable({ period: '12月' })) }),
    stage: 'import',
    code: 'partial_period',
    says: ['dec.csv: the table covers Dec, not the full year'],
    stillImports: true,
  },
  {
    name: "likely unit slip (Xi'an 498.79)",
    make: () => ({
      name: 'slip.csv',
      bytes: csvOf(
        synthCustomsTable({
          cities: SYNTH_CITIES.map((c) =>
            c.zh === '西安' ? { ...c, exports: 300, imports: 198.79 } : c,
          ),
        }),
      ),
    }),
    stage: 'import',
    code: 'unit_slip',
    row: 8,
    column: '进出口 金额',
    says: [
      "slip.csv, row 8, column B (进出口 金额): Xi'an (西安) total 498.79 亿元 looks like a unit slip",
      'Suggested: ×10 → 4,987.9',
    ],
    stillImports: true,
  },
];
