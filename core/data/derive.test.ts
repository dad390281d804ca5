import { describe, expect, it } from 'vitest';
import { asAdcode, asSourceId, type ExchangeRate } from '../model';
import { convertedRow, deriveRows, rateFor, usdToYi, withDerivedTotal } from './derive';
import type { FigureRow } from './precedence';
import { resolveRecord } from './precedence';

const row = (values: FigureRow['values'], extra: Partial<FigureRow> = {}): FigureRow => ({
  code: asAdcode('990100'),
  year: 2030,
  period: 'full_year',
  values,
  precision: Object.fromEntries(
    (['total', 'exports', 'imports'] as const)
      .filter((m) => values[m] !== undefined)
      .map((m) => [m, 'exact']),
  ),
  rank: null,
  sourceId: asSourceId('Y1'),
  flag: null,
  note: 'n',
  ...extra,
});
const rate = (year: number, cnyPerUsd: number): ExchangeRate => ({
  year,
  cnyPerUsd,
  sourceId: asSourceId('R1'),
  kind: 'annual_average',
  note: '',
});
const SOURCES = new Map(
  ['Y1', 'P1', 'U1', 'R1'].map((id) => [
    id,
    { kind: 'official_release' as const, publishedDate: '' },
  ]),
);

describe('the sum rule: exports + imports of one row', () => {
  it('adds a derived total to a row with exports and imports and no total', () => {
    const r = withDerivedTotal(row({ exports: 0.1, imports: 0.2 }));
    expect(r.values.total).toBe(0.3); // not 0.30000000000000004
    expect(r.derived).toEqual({ total: { kind: 'sum' } });
    expect(r.precision.total).toBe('exact');
  });

  it('is rounded when either part is', () => {
    const r = withDerivedTotal(
      row({ exports: 100, imports: 20.5 }, { precision: { exports: 'rounded', imports: 'exact' } }),
    );
    expect(r.precision.total).toBe('rounded');
  });

  it('leaves a printed total, and a row missing either part, alone', () => {
    const printed = row({ total: 10, exports: 4, imports: 5 });
    expect(withDerivedTotal(printed)).toBe(printed);
    const half = row({ exports: 4 });
    expect(withDerivedTotal(half)).toBe(half);
  });

  it('never beats a printed total of another source, and stays as an alternate', () => {
    const cell = resolveRecord(
      deriveRows(
        [row({ exports: 600, imports: 400 }), row({ total: 990 }, { sourceId: asSourceId('P1') })],
        [],
      ),
      SOURCES,
    ).cells.total!;
    expect(cell).toMatchObject({ value: 990, sourceId: 'P1', flag: null });
    expect(cell.alternates).toEqual([
      expect.objectContaining({ value: 1000, sourceId: 'Y1', derivation: { kind: 'sum' } }),
    ]);
  });
});

describe('the currency rule: USD stays USD, converted only at a published rate', () => {
  it('picks the rate of the year, or none', () => {
    expect(rateFor([rate(2030, 7)], 2030)?.cnyPerUsd).toBe(7);
    expect(rateFor([rate(2030, 7)], 2031)).toBeNull();
    expect(usdToYi(100.123, 7.0467)).toBe(705.54); // 705.5367…
  });

  it('converts money values only, each marked with the USD value and the rate', () => {
    const usd = row({ total: 100, total_yoy: 5 }, { currency: 'USD', sourceId: asSourceId('U1') });
    const c = convertedRow(usd, rate(2030, 7))!;
    expect(c.currency).toBe('CNY');
    expect(c.values).toEqual({ total: 700 });
    expect(c.derived!.total).toEqual({
      kind: 'usd',
      usdValue: 100,
      rate: 7,
      rateSourceId: 'R1',
      rateKind: 'annual_average',
      usdSum: false,
    });
  });

  it('ranks a converted value below a derived sum and a printed value', () => {
    const rows = deriveRows(
      [
        row({ total: 100 }, { currency: 'USD', sourceId: asSourceId('U1') }),
        row({ exports: 400, imports: 290 }),
      ],
      [rate(2030, 7)],
    );
    const record = resolveRecord(rows, SOURCES);
    expect(record.cells.total).toMatchObject({ value: 690, derivation: { kind: 'sum' } });
    expect(record.cells.total!.alternates[0]).toMatchObject({
      value: 700,
      derivation: { kind: 'usd' },
    });
    expect(record.usd!.total).toMatchObject({ value: 100, sourceId: 'U1' });
  });

  it('without a rate, keeps the USD figure in the USD cells only', () => {
    const record = resolveRecord(
      deriveRows(
        [row({ exports: 60, imports: 40 }, { currency: 'USD', sourceId: asSourceId('U1') })],
        [],
      ),
      SOURCES,
    );
    expect(record.cells).toEqual({});
    expect(record.usd!.total).toMatchObject({
      value: 100,
      flag: 'derived',
      derivation: { kind: 'sum' },
    });
    expect(record.gaps).toEqual([]);
  });
});
