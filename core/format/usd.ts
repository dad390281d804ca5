/**
 * An optional US-dollar view of 亿元 figures at a rate the *user* enters for each year (CNY per
 * USD). The app never ships or guesses an exchange rate: without a user rate for a year there is
 * no dollar figure for that year, and every converted figure says which rate made it.
 */
import type { Locale } from './locale';
import { decimalsOf, groupDigits } from './money';

/** Parses a rate typed by the user ("7.12", " 7,12 "); null unless a plausible positive number. */
export function parseUserRate(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const rate = Number(cleaned);
  // A CNY/USD rate has been between ~1.5 and ~9 since 1949; anything outside 0.1–100 is a typo.
  return rate >= 0.1 && rate <= 100 ? rate : null;
}

/** 亿元 → 亿美元 at `cnyPerUsd`; null without a value or a valid rate. */
export function yiToUsdYi(valueYi: number | null | undefined, cnyPerUsd: number | null): number | null {
  if (valueYi == null || !Number.isFinite(valueYi) || cnyPerUsd == null || !(cnyPerUsd > 0)) {
    return null;
  }
  return valueYi / cnyPerUsd;
}

/**
 * A 亿元 amount in US dollars: "6,408.5 亿美元" in Chinese, "US$640.85 bn" in English (or 万亿美元 /
 * tn at 10,000亿美元 and above). A converted figure is never more precise than its source, and a
 * division adds digits, so it keeps the source's decimals plus one, at most two.
 */
export function formatUsd(
  valueYi: number | null | undefined,
  cnyPerUsd: number | null,
  locale: Locale,
): string {
  const usdYi = yiToUsdYi(valueYi, cnyPerUsd);
  if (usdYi == null) return '—';
  const d = Math.min(decimalsOf(valueYi!) + 1, 2);
  const big = Math.abs(usdYi) >= 10_000;
  if (locale === 'zh-CN') {
    return big ? `${groupDigits(usdYi / 10_000, 2)} 万亿美元` : `${groupDigits(usdYi, d)} 亿美元`;
  }
  const sign = usdYi < 0 ? '−' : '';
  const abs = Math.abs(usdYi);
  return big
    ? `${sign}US$${groupDigits(abs / 10_000, 2)} tn`
    : `${sign}US$${groupDigits(abs / 10, Math.min(d + 1, 3))} bn`;
}

/** The label every converted figure carries: "converted at 7.12 CNY/USD (user rate)". */
export function usdRateLabel(cnyPerUsd: number, locale: Locale): string {
  const rate = groupDigits(cnyPerUsd, Math.max(2, decimalsOf(cnyPerUsd)));
  return locale === 'zh-CN'
    ? `按 ${rate} 元/美元换算（用户汇率）`
    : `converted at ${rate} CNY/USD (user rate)`;
}
