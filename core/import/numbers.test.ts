import { describe, expect, it } from 'vitest';
import { convertToYi, parseNumberCell, unitById } from './numbers';

describe('parseNumberCell', () => {
  it.each([
    ['45,000.5', 45000.5, 1],
    ['４５０００．５', 45000.5, 1],
    ['(24.0)', -24, 1],
    ['（24.0）', -24, 1],
    ['-24.0', -24, 1],
    ['－3.5', -3.5, 1],
    ['12.3%', 12.3, 1],
    ['1 234.56', 1234.56, 2],
    ['498.79*', 498.79, 2],
    ['1.2E+3', 1200, 1],
  ])('%s → %d', (raw, value, decimals) => {
    expect(parseNumberCell(raw)).toEqual({ kind: 'number', value, decimals });
  });

  it.each(['', '—', '——', '-', '...', '…', '/', 'N/A', null, undefined])(
    '"%s" is missing, not zero',
    (raw) => {
      expect(parseNumberCell(raw)).toEqual({ kind: 'missing' });
    },
  );

  it('passes xlsx numbers through and caps float noise in decimals', () => {
    expect(parseNumberCell(0.1 + 0.2)).toMatchObject({ kind: 'number', decimals: 6 });
    expect(parseNumberCell(4987.9)).toEqual({ kind: 'number', value: 4987.9, decimals: 1 });
  });

  it('rejects text, dates, spreadsheet errors and odd commas with a reason', () => {
    expect(parseNumberCell('约500')).toEqual({
      kind: 'invalid',
      reason: 'text',
    });
    expect(parseNumberCell('1,23')).toMatchObject({
      kind: 'invalid',
      reason: 'commas',
    });
    expect(parseNumberCell('#DIV/0!')).toMatchObject({
      kind: 'invalid',
      reason: 'spreadsheet_error',
    });
    expect(parseNumberCell(new Date(0))).toMatchObject({ kind: 'invalid' });
    expect(parseNumberCell(true)).toMatchObject({ kind: 'invalid' });
  });
});

describe('convertToYi', () => {
  it('scales CNY units to 亿元 without float noise and reports the printed resolution', () => {
    expect(convertToYi(4500050000, 0, unitById('万元')!)).toEqual({
      ok: true,
      value: 450005,
      resolution: 0.0001,
      currency: 'CNY',
    });
    expect(convertToYi(498.79, 2, unitById('十亿元')!)).toEqual({
      ok: true,
      value: 4987.9,
      resolution: 0.1,
      currency: 'CNY',
    });
    expect(convertToYi(5, 0, unitById('元')!)).toMatchObject({ ok: true, value: 5e-8 });
  });

  it('keeps dollars in dollars: 亿美元, never 亿元 at an assumed rate', () => {
    expect(convertToYi(100, 0, unitById('亿美元')!)).toEqual({
      ok: true,
      value: 100,
      resolution: 1,
      currency: 'USD',
    });
    expect(convertToYi(100, 0, unitById('万美元')!)).toEqual({
      ok: true,
      value: 0.01,
      resolution: 0.0001,
      currency: 'USD',
    });
  });
});
