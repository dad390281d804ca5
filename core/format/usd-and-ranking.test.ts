import { describe, expect, it } from 'vitest';
import { formatRankChange, formatRankOf, toTsv } from './ranking';
import { formatUsd, parseUserRate, usdParts, usdRateLabel, yiToUsdYi } from './usd';

describe('USD view at a user rate', () => {
  it('parses only plausible user rates', () => {
    expect(parseUserRate('7.1')).toBe(7.1);
    expect(parseUserRate(' 7,12 ')).toBe(7.12);
    expect(parseUserRate('')).toBeNull();
    expect(parseUserRate('abc')).toBeNull();
    expect(parseUserRate('-7')).toBeNull();
    expect(parseUserRate('0')).toBeNull();
    expect(parseUserRate('7100')).toBeNull();
  });

  it('converts 亿元 to 亿美元 and refuses without a rate', () => {
    expect(yiToUsdYi(71, 7.1)).toBeCloseTo(10, 10);
    expect(yiToUsdYi(71, null)).toBeNull();
    expect(yiToUsdYi(null, 7.1)).toBeNull();
    expect(yiToUsdYi(71, 0)).toBeNull();
  });

  it('formats dollars per locale, with 万亿 / trillion for big values', () => {
    // 45500 / 7.1 = 6408.45… 亿美元 = 640.845… bn USD
    expect(formatUsd(45500, 7.1, 'zh-CN')).toBe('6,408.5 亿美元');
    expect(formatUsd(45500, 7.1, 'en')).toBe('US$640.85 bn');
    // 454687.3 / 7 = 64955.3… 亿美元 = 6.50 万亿美元 = 6.50 tn
    expect(formatUsd(454687.3, 7, 'zh-CN')).toBe('6.50 万亿美元');
    expect(formatUsd(454687.3, 7, 'en')).toBe('US$6.50 tn');
    expect(formatUsd(-710, 7.1, 'en')).toBe('−US$10.00 bn');
    expect(formatUsd(45500, null, 'en')).toBe('—');
  });

  it('keeps one unit for table columns', () => {
    expect(usdParts(454687.3, 7, 'en', 'fixed')).toEqual({ number: '6,495.53', unit: 'US$ bn' });
    expect(usdParts(454687.3, 7, 'zh-CN', 'fixed')).toEqual({
      number: '64,955.3',
      unit: '亿美元',
    });
    expect(usdParts(45500, 7.1, 'en')).toEqual({ number: '640.85', unit: 'US$ bn' });
  });

  it('labels every conversion with the user rate', () => {
    expect(usdRateLabel(7.1, 'en')).toBe('converted at 7.10 CNY/USD (user rate)');
    expect(usdRateLabel(7.1234, 'zh-CN')).toBe('按 7.1234 元/美元换算（用户汇率）');
  });
});

describe('rank text', () => {
  it('rank changes as arrows with places, "new" and no change', () => {
    expect(formatRankChange({ kind: 'moved', places: 3 }, 'en')).toBe('▲3');
    expect(formatRankChange({ kind: 'moved', places: -2 }, 'zh-CN')).toBe('▼2');
    expect(formatRankChange({ kind: 'moved', places: 0 }, 'en')).toBe('–');
    expect(formatRankChange({ kind: 'new' }, 'en')).toBe('new');
    expect(formatRankChange({ kind: 'new' }, 'zh-CN')).toBe('新');
    expect(formatRankChange({ kind: 'none' }, 'en')).toBe('');
  });

  it('a computed rank shows its population', () => {
    expect(formatRankOf(3, 20, 'en')).toBe('3 of 20');
    expect(formatRankOf(3, 20, 'zh-CN')).toBe('第3 / 20');
    expect(formatRankOf(null, 20, 'en')).toBe('—');
  });

  it('TSV flattens tabs and line breaks inside cells', () => {
    expect(
      toTsv([
        ['a', 1, null],
        ['b\tc', 'd\ne', 2.5],
      ]),
    ).toBe('a\t1\t\nb c\td e\t2.5');
  });
});
