/**
 * An optional US-dollar view of 亿元 figures, at the published rate the data carries for a year
 * (Dataset.rates, each with its source) or at a rate the *user* enters. The app never guesses a
 * rate: a year with neither has no dollar figure, and every converted figure says which rate
 * made it.
 */
import type { Locale } from './locale';
import { decimalsOf } from './money';
import { groupDigits, PRECISION } from './number';

/** Parses a rate typed by the user ("7.12", " 7,12 "); null unless a plausible positive number. */
export function parseUserRate(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const rate = Number(cleaned);
  // A CNY/USD rate has been between ~1.5 and ~9 since 1949; anything outside 0.1–100 is a typo.
  return rate >= 0.1 && rate <= 100 ? rate : null;
}

/** 亿元 → 亿美元 at `cnyPerUsd`; null without a value or a valid rate. */
export function yiToUsdYi(
  valueYi: number | null | undefined,
  cnyPerUsd: number | null,
): number | null {
  if (valueYi == null || !Number.isFinite(valueYi) || cnyPerUsd == null || !(cnyPerUsd > 0)) {
    return null;
  }
  return valueYi / cnyPerUsd;
}

export interface UsdParts {
  number: string;
  unit: string;
}

/**
 * A 亿元 amount in US dollars as number and unit: 亿美元 in Chinese, US$ bn in English. `auto`
 * switches to 万亿美元 / US$ tn at 10,000亿美元 (headlines); `fixed` keeps one unit (table
 * columns). Decimals are fixed per unit (PRECISION), as for 亿元.
 */
export function usdParts(
  valueYi: number,
  cnyPerUsd: number,
  locale: Locale,
  scale: 'auto' | 'fixed' = 'auto',
): UsdParts {
  const usdYi = valueYi / cnyPerUsd;
  const big = scale === 'auto' && Math.abs(usdYi) >= 10_000;
  if (locale === 'zh-CN') {
    return big
      ? { number: groupDigits(usdYi / 10_000, PRECISION.usdTn), unit: '万亿美元' }
      : { number: groupDigits(usdYi, PRECISION.usdYi), unit: '亿美元' };
  }
  return big
    ? { number: groupDigits(usdYi / 10_000, PRECISION.usdTn), unit: 'US$ tn' }
    : { number: groupDigits(usdYi / 10, PRECISION.usdBn), unit: 'US$ bn' };
}

/** "6,408.5 亿美元" / "US$640.85 bn" (or 万亿美元 / tn when large); "—" without value or rate. */
export function formatUsd(
  valueYi: number | null | undefined,
  cnyPerUsd: number | null,
  locale: Locale,
): string {
  if (yiToUsdYi(valueYi, cnyPerUsd) == null) return '—';
  const p = usdParts(valueYi!, cnyPerUsd!, locale);
  if (locale === 'zh-CN') return `${p.number} ${p.unit}`;
  const negative = p.number.startsWith('-');
  const body = negative ? p.number.slice(1) : p.number;
  return `${negative ? '−' : ''}US$${body} ${p.unit.slice(4)}`;
}

/** The label every converted figure carries: "converted at 7.12 CNY/USD (user rate)". */
export function usdRateLabel(
  cnyPerUsd: number,
  locale: Locale,
  published: { sourceId: string; kind: 'annual_average' | 'implied' } | null = null,
): string {
  const rate = groupDigits(cnyPerUsd, Math.max(2, decimalsOf(cnyPerUsd)));
  const zh = locale === 'zh-CN';
  if (!published) {
    return zh ? `按 ${rate} 元/美元换算（用户汇率）` : `converted at ${rate} CNY/USD (user rate)`;
  }
  const kind =
    published.kind === 'annual_average'
      ? zh
        ? '公布的年平均汇率'
        : 'published annual average'
      : zh
        ? '由同一发布的人民币与美元总额得出'
        : 'implied by one release’s RMB and USD totals';
  return zh
    ? `按 ${rate} 元/美元换算（${kind}，${published.sourceId}）`
    : `converted at ${rate} CNY/USD (${kind}, ${published.sourceId})`;
}
