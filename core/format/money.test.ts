import { describe, expect, it } from 'vitest';
import { decimalsOf, formatMoney, formatMoneyHeadline, moneyParts } from './money';
import { formatPct, formatPp, formatShare } from './percent';

describe('money formatting', () => {
  it('counts the decimals a value carries', () => {
    expect(decimalsOf(45500)).toBe(0);
    expect(decimalsOf(10508.6)).toBe(1);
    expect(decimalsOf(385.88)).toBe(2);
  });

  it('shows 亿元 in Chinese with grouped digits at 0.1亿', () => {
    expect(formatMoney(45500, 'zh-CN')).toBe('45,500.0 亿元');
    expect(formatMoney(10508.6, 'zh-CN')).toBe('10,508.6 亿元');
    expect(formatMoney(1234.567, 'zh-CN')).toBe('1,234.6 亿元');
  });

  it('shows billion RMB in English at 0.01 bn (the same resolution)', () => {
    expect(formatMoney(45500, 'en')).toBe('4,550.00 bn RMB');
    expect(formatMoney(10508.6, 'en')).toBe('1,050.86 bn RMB');
    expect(moneyParts(7, 'en').number).toBe('0.70');
  });

  it('uses 万亿 / trillion for headlines at or above 10,000亿', () => {
    expect(formatMoneyHeadline(45500, 'zh-CN')).toBe('4.55 万亿元');
    expect(formatMoneyHeadline(45500, 'en')).toBe('4.55 tn RMB');
    expect(formatMoneyHeadline(4987.9, 'zh-CN')).toBe('4,987.9 亿元');
    expect(formatMoneyHeadline(4987.9, 'en')).toBe('498.79 bn RMB');
  });

  it('shows a gap as a dash, never as zero', () => {
    expect(formatMoney(null, 'zh-CN')).toBe('—');
    expect(formatMoney(Number.NaN, 'en')).toBe('—');
    expect(formatMoney(0, 'zh-CN')).toBe('0.0 亿元');
  });
});

describe('percent formatting', () => {
  it('signs growth with a true minus', () => {
    expect(formatPct(1.4)).toBe('+1.4%');
    expect(formatPct(-24)).toBe('−24.0%');
    expect(formatPct(0)).toBe('0.0%');
    expect(formatPct(-0.01)).toBe('<0.1%');
    expect(formatPct(null)).toBe('—');
  });
  it('formats shares and percentage points per locale', () => {
    expect(formatShare(9.94)).toBe('9.9%');
    expect(formatPp(0.5, 'en')).toBe('+0.50 pp');
    expect(formatPp(-1.25, 'zh-CN', 2)).toBe('−1.25个百分点');
  });
});
