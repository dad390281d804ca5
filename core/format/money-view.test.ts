import { describe, expect, it } from 'vitest';
import { asSourceId } from '../model';
import { moneyView, type MoneyViewOptions } from './money-view';

const base: MoneyViewOptions = {
  currency: 'CNY',
  userRates: {},
  publishedRates: [
    { year: 2025, cnyPerUsd: 7.1, sourceId: asSourceId('S9'), kind: 'annual_average', note: '' },
  ],
  defaultRate: null,
  locale: 'zh-CN',
  numberFormat: 'scaled',
};

describe('money view as a function of its choices', () => {
  it('gives an export the number in the column’s unit: 亿元, bn RMB, 亿美元 or US$ bn', () => {
    expect(moneyView(base).columnValue(45500, 2025)).toBe(45500);
    expect(moneyView({ ...base, locale: 'en' }).columnUnit(2025)).toBe('bn RMB');
    expect(moneyView({ ...base, locale: 'en' }).columnValue(45500, 2025)).toBe(4550);
    const usd = moneyView({ ...base, currency: 'USD' });
    expect(usd.columnUnit(2025)).toBe('亿美元');
    expect(usd.columnValue(7100, 2025)).toBe(1000);
    expect(moneyView({ ...base, currency: 'USD', locale: 'en' }).columnValue(7100, 2025)).toBe(100);
    expect(usd.columnValue(null, 2025)).toBeNull();
  });

  it('reads a number typed in the column’s unit back in 亿元', () => {
    expect(moneyView(base).fromColumnValue(1000, 2025)).toBe(1000);
    expect(moneyView({ ...base, locale: 'en' }).fromColumnValue(100, 2025)).toBe(1000);
    expect(moneyView({ ...base, currency: 'USD' }).fromColumnValue(1000, 2025)).toBe(7100);
    const usdEn = moneyView({ ...base, currency: 'USD', locale: 'en' });
    expect(usdEn.fromColumnValue(100, 2025)).toBe(7100);
    expect(usdEn.fromColumnValue(usdEn.columnValue(4551.8, 2025)!, 2025)).toBeCloseTo(4551.8, 4);
    // A year without a rate stays in 亿元 (bn RMB in English), as its column does.
    expect(usdEn.fromColumnValue(100, 2030)).toBe(1000);
  });

  it('takes a typed rate before the published one, and keeps a year without any in 亿元', () => {
    const usd = moneyView({ ...base, currency: 'USD', userRates: { '2025': 7 } });
    expect(usd.rateFor(2025)).toBe(7);
    expect(usd.conversionLabel(2025)).toContain('7.00');
    expect(usd.rateFor(2024)).toBeNull();
    expect(usd.money(45000, 2024)).toBe('45,000.0 亿元');
  });
});
