import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyHeadline, moneyParts } from './money';
import { moneyView } from './money-view';
import { direction, gainConvention, groupDigits, signedNumber } from './number';
import { formatPct, formatPp, formatShare } from './percent';
import { usdParts } from './usd';

// Synthesised values with different stored decimals, as a column of the bundled table has them.
const column = [45500, 1272.48, 10508.6, 7.1234, 0.5, 2200.2];

const decimals = (text: string) => (text.includes('.') ? text.split('.')[1]!.length : 0);

describe('one precision per unit in a column', () => {
  it('shows every 亿元 cell with one decimal', () => {
    const cells = column.map((v) => moneyParts(v, 'zh-CN').number);
    expect(cells).toEqual(['45,500.0', '1,272.5', '10,508.6', '7.1', '0.5', '2,200.2']);
    expect(new Set(cells.map(decimals))).toEqual(new Set([1]));
  });

  it('shows every bn RMB cell with two decimals (the same 0.1亿 resolution)', () => {
    const cells = column.map((v) => moneyParts(v, 'en').number);
    expect(cells).toEqual(['4,550.00', '127.25', '1,050.86', '0.71', '0.05', '220.02']);
    expect(new Set(cells.map(decimals))).toEqual(new Set([2]));
  });

  it('keeps dollar columns in one precision too', () => {
    const zh = column.map((v) => usdParts(v, 7.1, 'zh-CN', 'fixed').number);
    const en = column.map((v) => usdParts(v, 7.1, 'en', 'fixed').number);
    expect(new Set(zh.map(decimals))).toEqual(new Set([1]));
    expect(new Set(en.map(decimals))).toEqual(new Set([2]));
  });

  it('formats a money-view column with one unit and one precision', () => {
    const view = moneyView({
      currency: 'CNY',
      userRates: {},
      publishedRates: [],
      defaultRate: null,
      locale: 'en',
      numberFormat: 'scaled',
    });
    expect(view.columnUnit(2025)).toBe('bn RMB');
    expect(column.map((v) => view.columnNumber(v, 2025)).map(decimals)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('uses 亿/万亿 in Chinese and bn/tn RMB in English', () => {
    expect(formatMoney(45500, 'zh-CN')).toBe('45,500.0 亿元');
    expect(formatMoney(45500, 'en')).toBe('4,550.00 bn RMB');
    expect(formatMoneyHeadline(45500, 'zh-CN')).toBe('4.55 万亿元');
    expect(formatMoneyHeadline(45500, 'en')).toBe('4.55 tn RMB');
    expect(formatMoneyHeadline(9999.9, 'en')).toBe('999.99 bn RMB');
  });
});

describe('signs and rounding', () => {
  it('never prints a negative zero', () => {
    expect(groupDigits(-0.04, 1)).toBe('0.0');
    expect(formatMoney(-0.04, 'zh-CN')).toBe('0.0 亿元');
    expect(formatPct(-0.0123)).toBe('<0.1%');
    expect(formatPct(0.04)).toBe('<0.1%');
    expect(formatPct(0)).toBe('0.0%');
    expect(formatPct(-0)).toBe('0.0%');
    expect(formatPp(-0.001, 'en')).toBe('<0.01 pp');
    expect(formatShare(-0.01)).toBe('0.0%');
    // A −5.6亿 change on 45,500亿 is −0.012%: a change, too small to show at 0.1%.
    expect(formatPct((-5.6 / 45500) * 100)).toBe('<0.1%');
  });

  it('signs real changes with a plus or a true minus', () => {
    expect(formatPct(1.44)).toBe('+1.4%');
    expect(formatPct(-24)).toBe('−24.0%');
    expect(formatPct(-0.05)).toBe('−0.1%');
    expect(signedNumber(-1234.5, 1)).toBe('−1,234.5');
    expect(signedNumber(-1234.5, 1, false)).toBe('−1234.5');
    expect(formatPp(0.5, 'en')).toBe('+0.50 pp');
    expect(formatPp(-1.25, 'zh-CN')).toBe('−1.25个百分点');
  });

  it('colours a change only when it shows as one', () => {
    expect(direction(1.4)).toBe('up');
    expect(direction(-0.2)).toBe('down');
    expect(direction(-0.01)).toBeNull();
    expect(direction(null)).toBeNull();
  });
});

describe('gain and loss colours', () => {
  it('defaults by language and follows an explicit choice', () => {
    expect(gainConvention('auto', 'zh-CN')).toBe('red-up');
    expect(gainConvention('auto', 'en')).toBe('green-up');
    expect(gainConvention('red-up', 'en')).toBe('red-up');
    expect(gainConvention('green-up', 'zh-CN')).toBe('green-up');
  });
});

describe('groupDigits prints what Intl.NumberFormat prints', () => {
  const intl = (v: number, d: number) => {
    const text = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: d,
      maximumFractionDigits: d,
    }).format(v);
    return /^-[0.,]+$/.test(text) ? text.slice(1) : text;
  };

  it('on ties, tiny and huge values, and values that round to zero', () => {
    const values = [
      0,
      -0,
      1.005,
      2.5,
      -2.5,
      0.125,
      0.05,
      -0.05,
      -0.04,
      9.995,
      99.95,
      999.95,
      1e-7,
      -1e-7,
      123456789.955,
      1e21,
      1.5e22,
      4.35,
      1.45,
      8.345,
      0.045,
      1234.5,
      999999.99,
      -999.996,
      Number.MAX_SAFE_INTEGER,
      5e-324,
      0.1 + 0.2,
    ];
    for (const v of values)
      for (const d of [0, 1, 2, 3, 4]) expect(groupDigits(v, d), `${v} at ${d}`).toBe(intl(v, d));
  });

  it('on any finite double', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.double({ min: -1e7, max: 1e7, noNaN: true }),
          // Decimals with a 5 where rounding happens: the ties Intl and toFixed disagree on.
          fc.integer({ min: -1e8, max: 1e8 }).map((n) => (n * 10 + 5) / 1000),
        ),
        fc.integer({ min: 0, max: 4 }),
        (v, d) => groupDigits(v, d) === intl(v, d),
      ),
      { numRuns: 5000 },
    );
  });

  it('leaves NaN and infinities to Intl', () => {
    expect(groupDigits(Number.NaN, 1)).toBe(intl(Number.NaN, 1));
    expect(groupDigits(Infinity, 1)).toBe(intl(Infinity, 1));
    expect(groupDigits(-Infinity, 2)).toBe(intl(-Infinity, 2));
  });
});
