import { describe, expect, it } from 'vitest';
import { applyUserLayer, synthCell, synthDataset, synthRecord } from '../data';
import { asAdcode, asSourceId, emptyUserLayer, type ExchangeRate } from '../model';
import { addImportToLayer, toUserLayerAdditions } from './layer';
import type { ImportedFigure } from './types';

const rate: ExchangeRate = {
  year: 2025,
  cnyPerUsd: 7,
  sourceId: asSourceId('R1'),
  kind: 'annual_average',
  note: '',
};
const figure = (code: string, year: number, value: number, yoy: number | null): ImportedFigure => ({
  code: asAdcode(code),
  name_zh: code,
  level: 'city',
  year,
  period: 'full_year',
  metric: 'total',
  value,
  currency: 'USD',
  yoy_pct: yoy,
  resolution_yi: 0.01,
  row: 3,
  column: 1,
  yoy_column: 2,
  from_total_row: false,
  total_row: null,
  existing: null,
});
const meta = { fileName: 'usd.csv', checksum: 'ab'.repeat(32), importedOn: '2026-12-05' };

describe('a dollar table is stored as the bundled USD figures are', () => {
  // 990100 has a printed 亿元 total in 2025; 990200 has none; 2026 has no published rate.
  const working = synthDataset(
    [synthRecord('990100', 2025, { total: synthCell(800, 'S001') })],
    undefined,
    [rate],
  );
  const additions = toUserLayerAdditions(
    [
      figure('990100', 2025, 100, 5),
      figure('990200', 2025, 20, null),
      figure('990200', 2026, 30, null),
    ],
    meta,
    working,
  );
  const at = (code: string, year: number) =>
    additions.figures.find((r) => r.code === code && r.year === year)!;

  it('keeps dollars and dollar growth in record.usd, never in the 亿元 cells', () => {
    expect(at('990100', 2025).usd).toMatchObject({
      total: { value: 100 },
      total_yoy: { value: 5 },
    });
    expect(at('990100', 2025).cells.total_yoy).toBeUndefined();
  });

  it('adds a derived 亿元 cell at the published rate, but never over a printed 亿元 value', () => {
    expect(at('990100', 2025).cells.total).toBeUndefined();
    expect(at('990200', 2025).cells.total).toMatchObject({
      value: 140,
      flag: 'derived',
      derivation: { kind: 'usd', usdValue: 20, rate: 7, rateSourceId: 'R1' },
    });
    // No published 2026 rate: the figure is in dollars only.
    expect(at('990200', 2026).cells.total).toBeUndefined();
    expect(at('990200', 2026).usd!.total!.value).toBe(30);
  });

  it('survives the layer and the merge into the working data', () => {
    const layer = addImportToLayer(emptyUserLayer(), additions);
    const merged = applyUserLayer(working, layer, []);
    const record = merged.figures.find((r) => r.code === '990100' && r.year === 2025)!;
    expect(record.cells.total!.value).toBe(800);
    expect(record.usd!.total!.value).toBe(100);
  });
});
