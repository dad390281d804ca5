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

describe('one scale for a chart over years', () => {
  const years = [2024, 2025];
  it('draws in the tables’ unit when every year has it', () => {
    const en = moneyView({ ...base, locale: 'en' }).scaleAcross(years);
    expect(en).toMatchObject({ unit: 'bn RMB', mixed: false });
    expect(en.value(45500, 2025)).toBe(4550);
    const usd = moneyView({ ...base, currency: 'USD', defaultRate: 7 }).scaleAcross(years);
    expect(usd.unit).toBe('亿美元');
    expect([usd.value(7000, 2024), usd.value(7100, 2025)]).toEqual([1000, 1000]);
    expect(usd.number(7100, 2025)).toBe('1,000.0');
  });

  it('falls back to 亿元 for every year when only some have a dollar rate', () => {
    // 2025 has the published rate, 2024 none: dollars for one year and 亿元 for the other
    // would share one axis.
    const zh = moneyView({ ...base, currency: 'USD' }).scaleAcross(years);
    expect(zh).toMatchObject({ unit: '亿元', mixed: true });
    expect([zh.value(7100, 2024), zh.value(7100, 2025)]).toEqual([7100, 7100]);
    expect(zh.number(7100, 2025)).toBe('7,100.0');
    expect(zh.money(7100, 2025)).toBe('7,100.0 亿元');
    const en = moneyView({ ...base, currency: 'USD', locale: 'en' }).scaleAcross(years);
    expect(en).toMatchObject({ unit: 'bn RMB', mixed: true });
    expect(en.value(7100, 2025)).toBe(710);
  });
});
