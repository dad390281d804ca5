// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { useMoneyView } from './money-view';
import { useSettings } from './settings';

describe('money view (USD at a user rate)', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('shows 亿元 until the user enters a rate for that year; no rate is invented', () => {
    const money = useMoneyView();
    money.currency = 'USD';
    expect(money.rateFor(2025)).toBeNull();
    expect(money.money(45500, 2025)).toBe('45,500.0 亿元');
    expect(money.columnUnit(2025)).toBe('亿元');
    expect(money.conversionLabel(2025)).toBeNull();
  });

  it('converts with the year’s rate and labels it', () => {
    const money = useMoneyView();
    money.currency = 'USD';
    money.setRate(2025, 7.1);
    expect(money.money(45500, 2025)).toBe('6,408.5 亿美元');
    expect(money.columnNumber(45500, 2025)).toBe('6,408.5');
    expect(money.conversionLabel(2025)).toBe('按 7.10 元/美元换算（用户汇率）');
    // Another year has no rate: it stays in 亿元.
    expect(money.money(45000, 2024)).toBe('45,000.0 亿元');
    useSettings().locale = 'en';
    expect(money.money(45500, 2025)).toBe('US$640.85 bn');
    expect(money.columnUnit(2025)).toBe('US$ bn');
  });

  it('clears a year’s rate', () => {
    const money = useMoneyView();
    money.currency = 'USD';
    money.setRate(2025, 7.2);
    money.setRate(2024, 7.1);
    money.setRate(2025, null);
    expect(money.rates).toEqual({ '2024': 7.1 });
    expect(money.rateFor(2025)).toBeNull();
  });

  it('the RMB view ignores stored rates', () => {
    const money = useMoneyView();
    money.setRate(2025, 7.1);
    money.currency = 'CNY';
    expect(money.money(45500, 2025)).toBe('45,500.0 亿元');
  });
});
