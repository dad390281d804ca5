import { describe, expect, it } from 'vitest';
import { asAdcode, type FigureRecord } from '../model';
import { problemMessage } from './problem-text';
import { storedRecord } from './synth';
import type { ColumnMapping, ImportedFigure, ImportProblem } from './types';
import { validateFigures } from './validate';

const en = (p: ImportProblem) => problemMessage(p, 'en', 'v.csv');

const mapping: ColumnMapping = {
  layout: 'wide',
  columns: [
    { index: 0, letter: 'A', header: '地区', field: 'name', via: 'header' },
    { index: 1, letter: 'B', header: '进出口', field: 'total', via: 'header' },
    { index: 2, letter: 'C', header: '进出口同比', field: 'total_yoy', via: 'header' },
    { index: 3, letter: 'D', header: '出口', field: 'exports', via: 'header' },
    { index: 4, letter: 'E', header: '进口', field: 'imports', via: 'header' },
  ],
};

let nextRow = 4;
function fig(
  code: string,
  metric: ImportedFigure['metric'],
  value: number | null,
  extra: Partial<ImportedFigure> = {},
): ImportedFigure {
  return {
    code: asAdcode(code),
    name_zh: code,
    level: 'city',
    year: 2025,
    period: 'full_year',
    metric,
    value,
    currency: 'CNY',
    yoy_pct: null,
    resolution_yi: 0.01,
    row: extra.row ?? nextRow++,
    column: null,
    yoy_column: null,
    from_total_row: false,
    total_row: null,
    existing: null,
    ...extra,
  };
}
/** A stored full-year total (synth.ts), exact or rounded. */
function stored(
  code: string,
  year: number,
  total: number,
  precision: 'exact' | 'rounded' = 'exact',
): FigureRecord {
  const record = storedRecord(code, year, { total });
  return { ...record, cells: { total: { ...record.cells.total!, precision } } };
}
const ctx = (figures: FigureRecord[] = []) => ({
  file: 'v.csv',
  mapping,
  dataset: { figures },
  entities: [],
});

describe('validateFigures', () => {
  it('flags total ≠ exports + imports beyond printed rounding only', () => {
    const ok = validateFigures(
      [
        fig('1', 'total', 10.01, { row: 5 }),
        fig('1', 'exports', 5.0, { row: 5 }),
        fig('1', 'imports', 5.0, { row: 5 }),
      ],
      ctx(),
    );
    expect(ok.problems).toEqual([]);
    const bad = validateFigures(
      [
        fig('2', 'total', 10.5, { row: 6 }),
        fig('2', 'exports', 5, { row: 6 }),
        fig('2', 'imports', 5, { row: 6 }),
      ],
      ctx(),
    );
    expect(bad.problems[0]).toMatchObject({ code: 'total_mismatch', row: 6, column: '进出口' });
    expect(en(bad.problems[0]!)).toMatch(
      /^v\.csv, row 6, column B \(进出口\): 2 total 10\.5 ≠ exports 5 \+ imports 5 = 10/,
    );
  });

  it("suggests ×10 for Xi'an 498.79 when last year was ~4100, with a fix descriptor", () => {
    const { problems } = validateFigures(
      [fig('610100', 'total', 498.79, { row: 9, yoy_pct: 21.7 })],
      ctx([stored('610100', 2024, 4098.5)]),
    );
    const slip = problems.find((p) => p.code === 'unit_slip')!;
    expect(slip.fix).toEqual({
      kind: 'scale',
      row: 9,
      code: '610100',
      metric: 'total',
      factor: 10,
      from: 498.79,
      to: 4987.9,
    });
    expect(slip.params).toMatchObject({
      factor: 10,
      evidence: [
        { ref: 'previous_year', year: 2024, stored: 4098.5 },
        { ref: 'printed_growth', printed: 21.7, year: 2024, stored: 4098.5 },
      ],
    });
    expect(en(slip)).toContain('2024 was 4,098.5, so ×10 means 21.7% growth');
    expect(en(slip)).toContain('the growth printed beside it is 21.7%');
    expect(problems.some((p) => p.code === 'yoy_mismatch')).toBe(false);
  });

  it('suggests ÷10000 for a value printed in 元 among 亿元 neighbours (rank evidence only)', () => {
    const values = [900, 800, 700, 6_000_000, 500, 400];
    const figures = values.map((v, i) => fig(String(100 + i), 'total', v, { row: 10 + i }));
    const slip = validateFigures(figures, ctx()).problems.find((p) => p.code === 'unit_slip')!;
    expect(slip.fix).toMatchObject({ row: 13, factor: 0.0001, to: 600 });
    expect(slip.params).toMatchObject({
      evidence: [{ ref: 'rank_neighbours', above: 12, below: 14 }],
    });
    expect(en(slip)).toContain('between its neighbours');
  });

  it('compares published growth with growth on the stored previous year', () => {
    const { problems } = validateFigures(
      [fig('3', 'total', 110, { yoy_pct: 15 })],
      ctx([stored('3', 2024, 100)]),
    );
    expect(problems[0]).toMatchObject({ code: 'yoy_mismatch', column: '进出口同比' });
    expect(
      validateFigures([fig('3', 'total', 110, { yoy_pct: 10.3 })], ctx([stored('3', 2024, 100)]))
        .problems,
    ).toEqual([]);
    expect(
      validateFigures(
        [fig('3', 'total', 110, { yoy_pct: 15 })],
        ctx([stored('3', 2024, 100, 'rounded')]),
      ).problems,
    ).toEqual([]);
  });

  it('refuses negative amounts and growth below −100%', () => {
    const { figures, problems } = validateFigures(
      [fig('5', 'total', -3, { yoy_pct: -120 })],
      ctx(),
    );
    expect(figures).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['negative_value', 'yoy_out_of_range']);
  });

  it('refuses absurd values (1e308, 9007199254740993, 1e22) as errors with their row', () => {
    // 9007199254740993 as printed: past 2^53 it reads as …992, still absurd.
    const absurd = [1e308, Number('9007199254740993'), 1e22];
    const { figures, problems } = validateFigures(
      absurd.map((v, i) => fig(String(700 + i), 'total', v, { row: 30 + i })),
      ctx(),
    );
    expect(figures).toEqual([]);
    expect(problems.map((p) => [p.code, p.severity, p.row])).toEqual([
      ['value_out_of_range', 'error', 30],
      ['value_out_of_range', 'error', 31],
      ['value_out_of_range', 'error', 32],
    ]);
    expect(en(problems[0]!)).toMatch(/more than 10,000,000 亿元\)\. Not imported/);
  });

  it('reports values that change stored figures (old → new)', () => {
    const { figures, problems } = validateFigures(
      [fig('6', 'total', 120)],
      ctx([stored('6', 2025, 100)]),
    );
    expect(figures[0]!.existing).toBe(100);
    expect(problems[0]).toMatchObject({ code: 'changes_existing', severity: 'info' });
    expect(en(problems[0]!)).toContain('100 → 120 (replaces source S091)');
  });
});
