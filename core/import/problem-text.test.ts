import { describe, expect, it } from 'vitest';
import { asAdcode } from '../model';
import type { EntityRef, ProblemCode, ProblemParamMap } from './problem-codes';
import {
  blockerText,
  plainNumber,
  problemMessage,
  problemText,
  type CommitBlocker,
} from './problem-text';
import { countText } from './problem-text-kit';
import { makeProblem } from './problems';

const xian: EntityRef = { code: asAdcode('610100'), zh: '西安', en: "Xi'an", level: 'city' };
const shaanxi: EntityRef = {
  code: asAdcode('610000'),
  zh: '陕西',
  en: 'Shaanxi',
  level: 'province',
};

/** One set of parameters per code; the type makes a new code without a sample fail to compile. */
const SAMPLES: { [C in ProblemCode]: ProblemParamMap[C] } = {
  empty_file: {},
  binary_file: {},
  encoding_fallback: { replaced: 3 },
  encoding_replaced: { count: 2, encoding: 'utf-8', bom: null },
  encoding_truncated: { bytes: 1 },
  unclosed_quote: {},
  cell_too_long: { length: 40000, limit: 32767 },
  too_many_rows: { limit: 1_000_000 },
  too_many_cells: { limit: 5_000_000 },
  not_found: { folder: false },
  too_large: { size: 300 * 1048576, limit: 200 * 1048576 },
  empty: {},
  not_a_table: {},
  legacy_xls: {},
  pdf: {},
  truncated: { detail: 'its zip directory is damaged or missing' },
  zip_bomb: { part: 'xl/worksheets/sheet1.xml', ratio: 900, size: 900 * 1048576, limit: 200 },
  sheet_too_large: {
    part: 'xl/worksheets/sheet1.xml',
    rows: 1048576,
    columns: 16384,
    cells: 17179869184,
    limit: 20_000_000,
    ref: 'XFD1048576',
  },
  bad_cell_reference: { part: 'xl/worksheets/sheet1.xml', ref: 'ZZZZZZ7' },
  not_a_workbook: {},
  read_failed: { detail: 'unexpected end' },
  extension_mismatch: { extension: '.csv', readAs: 'xlsx' },
  no_header: {},
  no_data_rows: {},
  sheet_not_found: { sheet: '2026', sheets: ['2025', '说明'] },
  unit_unknown: {},
  unit_unrecognised: { phrase: '万吨' },
  unit_conflict: { units: ['亿元', '万美元'] },
  year_unknown: {},
  year_conflict: { title: 2025, file: 2024 },
  partial_period: { period: 'Jan-Jun' },
  totals_row: { printed: '全省合计' },
  no_figures: { reason: 'no_unit', sheet: '2025' },
  missing_name_column: {},
  missing_value_columns: { layout: 'wide' },
  name_column_guessed: {},
  value_column_guessed: { field: 'exports' },
  growth_column_guessed: { field: 'total_yoy', after: 'B' },
  duplicate_field: { field: 'total', first: 'B' },
  bad_override: { what: 'unit', unit: '斤' },
  not_a_number: { reason: 'text', text: '约500' },
  too_large_to_convert: { value: 1e300, unit: '万元' },
  formula_without_value: {},
  unresolved_name: { printed: '嘉與市', suggestions: [xian] },
  ambiguous_name: { printed: 'Taizhou', candidates: [xian, shaanxi] },
  all_unresolved: { rows: 7, encoding: 'gb18030' },
  unknown_indicator: { indicator: '货运量' },
  bad_year: { text: '去年' },
  total_mismatch: { entity: xian, total: 10.5, exports: 5, imports: 5, sum: 10, difference: 0.5 },
  yoy_mismatch: {
    entity: xian,
    metric: 'total',
    printed: 15,
    computed: 10,
    year: 2024,
    stored: 100,
    tolerance: 0.5,
  },
  unit_slip: {
    entity: xian,
    metric: 'total',
    value: 498.79,
    factor: 10,
    to: 4987.9,
    currency: 'CNY',
    evidence: [
      { ref: 'same_year', stored: 4987.9, source: 'S091' },
      { ref: 'previous_year', year: 2024, stored: 4100, growth: 21.7 },
      { ref: 'printed_growth', printed: 21.7, implied: -87.8, year: 2024, stored: 4100 },
      { ref: 'rank_neighbours', above: 7, below: 9 },
      { ref: 'total_row', row: 3, total: 100, sum: 60, fixedSum: 100 },
      { ref: 'share', parent: shaanxi, usual: 50, usualYear: 2023, now: 5 },
    ],
  },
  slip_accepted: { entity: xian, metric: 'total', value: 498.79, currency: 'CNY' },
  duplicate_entity: { entity: xian, first: 4, same: false },
  negative_value: { entity: xian, metric: 'imports', value: -5 },
  value_out_of_range: { entity: xian, metric: 'total', value: 1e308, limit: 1e7, currency: 'CNY' },
  yoy_out_of_range: { entity: xian, metric: 'total', yoy: -120, bound: 'low' },
  changes_existing: {
    entity: xian,
    metric: 'total',
    year: 2025,
    from: 100,
    to: 120,
    source: 'S091',
  },
  total_row_sum: {
    total: shaanxi,
    metric: 'total',
    printed: 100,
    sum: 90,
    difference: 10,
    pct: 10,
    members: 3,
    memberLevel: 'city',
  },
  total_row_unplaced: { printed: '合计' },
  fix_applied: {
    printed: '西安',
    metric: 'total',
    factor: 10,
    from: 498.79,
    to: 4987.9,
    applied: true,
  },
  recipe_mismatch: { kind: 'unit', file: '万元', recipe: '亿元' },
  usd_kept: { unit: '万美元' },
  more_problems: { of: 'not_a_number', count: 150 },
};

const problems = (Object.keys(SAMPLES) as ProblemCode[]).map((code) =>
  makeProblem(
    'warning',
    code,
    { file: 'a.csv', row: 7, columnIndex: 2, header: '出口' },
    SAMPLES[code] as never,
  ),
);
const CJK = /[\u3400-\u9fff]/;

describe('problem text', () => {
  it.each(problems.map((p) => [p.code, p] as const))('%s reads in both languages', (_code, p) => {
    const zh = problemText(p, 'zh-CN');
    const en = problemText(p, 'en');
    // No English sentence reaches the Chinese interface: every zh sentence is Chinese.
    expect(zh).toMatch(CJK);
    expect(en).toMatch(/[a-z]{3}/);
    // The app shows its own controls; command-line flags appear only on the command line.
    expect(zh).not.toMatch(/--[a-z]/);
    expect(en).not.toMatch(/--[a-z]/);
  });

  it('names the place in each language, and CLI flags only for the CLI', () => {
    const unit = makeProblem('error', 'unit_unknown', { file: 'a.csv' }, {});
    expect(problemMessage(unit, 'en', 'a.csv', 'cli')).toBe(
      'a.csv: no money unit in the title or headers (亿元, 万元, 亿美元…); choose the unit (--unit 亿元).',
    );
    expect(problemMessage(unit, 'zh-CN', 'a.csv', 'cli')).toBe(
      'a.csv：标题和表头中都没有金额单位（亿元、万元、亿美元……）；请选择单位（--unit 亿元）。',
    );
    const slip = problems.find((p) => p.code === 'unit_slip')!;
    expect(problemMessage(slip, 'zh-CN', 'a.csv')).toMatch(
      /^a\.csv 第 7 行 C 列（出口）：西安进出口 498\.79 亿元 疑似单位错误：已存的同年数值为 4,987\.9（来源 S091）；/,
    );
    expect(problemMessage(slip, 'en', 'a.csv')).toMatch(
      /^a\.csv, row 7, column C \(出口\): Xi'an \(西安\) total 498\.79 亿元 looks like a unit slip: /,
    );
  });

  it('words every commit blocker in both languages', () => {
    const error = problems.find((p) => p.code === 'negative_value')!;
    const blockers: CommitBlocker[] = [
      { code: 'read_error', problem: error },
      { code: 'stale_fixes', rows: [4] },
      { code: 'errors_remain', count: 1, first: [error] },
      { code: 'slips_open', rows: [8, 9] },
      { code: 'no_figures' },
      { code: 'data_changed', checked: 2, current: 1 },
    ];
    for (const b of blockers) {
      expect(blockerText(b, 'zh-CN', 'a.csv')).toMatch(CJK);
      expect(blockerText(b, 'zh-CN', 'a.csv')).not.toMatch(/--/);
    }
    expect(blockerText(blockers[3]!, 'en', 'a.csv', 'cli')).toBe(
      'a.csv: row 8, 9 may hold a unit slip; fix it, or accept the value as printed (--fix ROW or --accept ROW).',
    );
    expect(blockerText(blockers[5]!, 'en', 'a.csv')).toBe(
      'a.csv: the data changed after this file was checked (r2 then, r1 now); check it again against the current data before committing.',
    );
  });

  it('prints numbers as Intl en-US with up to 6 decimals would, without float noise', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
    const values = [
      0,
      -0,
      1,
      -1,
      0.5,
      1.005,
      2.5,
      0.1 + 0.2,
      4987.900000000001,
      1e-7,
      -1e-7,
      5e-7,
      1.5e-6,
      -5e-7,
      0.0000125,
      999999.9999999,
      1234.56789,
      -1234.5678915,
      123456789012.345,
      1e14,
      9.99999999e14,
    ];
    // Spread over magnitudes from 1e-9 to 1e14, with few and many decimals.
    for (let i = 0; i < 2000; i++) {
      const v = ((((i * 7919) % 1000) - 300) / 97) * 10 ** ((i % 24) - 9);
      values.push(v, Number(v.toFixed(i % 8)));
    }
    for (const v of values)
      expect(plainNumber(v), String(v)).toBe(intl.format(Number(v.toPrecision(10))));
    expect(plainNumber(4987.900000000001)).toBe('4,987.9');
    expect(plainNumber(1e16)).toBe('1.00000e+16');
  });

  it('prints counts as en-US does', () => {
    for (const n of [0, 7, -7, 999, 1000, -1000, 65_536, 1_000_000, 1_234_567_890, 2.5])
      expect(countText(n)).toBe(n.toLocaleString('en-US'));
  });
});
