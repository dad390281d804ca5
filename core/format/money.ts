/**
 * Money as analysts read it. Values are stored in 亿元 (1亿 = 100 million yuan):
 * Chinese shows 亿元 (or 万亿元 = 10,000亿), English shows billion / trillion RMB (10亿 = 1 bn).
 * Digits are never invented: a figure printed to 0.1亿 keeps that resolution in every unit.
 */
import type { Locale } from './locale';

export type MoneyScale = 'auto' | 'yi' | 'wanyi' | 'bn' | 'tn';

/** Number of decimals a stored value carries (10508.6 → 1, 45500 → 0), capped at 4. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const s = String(Math.abs(value));
  const dot = s.indexOf('.');
  if (s.includes('e')) return 4;
  return dot < 0 ? 0 : Math.min(4, s.length - dot - 1);
}

/**
 * One formatter per number of decimals: building an Intl.NumberFormat costs far more than using
 * one, and a table formats every cell through here.
 */
const grouping = new Map<number, Intl.NumberFormat>();

/** Groups thousands with commas and fixes the decimals; a minus sign stays a minus sign. */
export function groupDigits(value: number, decimals: number): string {
  let f = grouping.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    grouping.set(decimals, f);
  }
  return f.format(value);
}

export interface MoneyParts {
  /** The number as text, e.g. "45,500" or "4,550.0". */
  number: string;
  /** The unit as text, e.g. "亿元", "万亿元", "bn RMB", "tn RMB". */
  unit: string;
}

/** Splits a 亿元 amount into number and unit for a locale and scale. */
export function moneyParts(
  valueYi: number,
  locale: Locale,
  scale: MoneyScale = 'auto',
): MoneyParts {
  const d = decimalsOf(valueYi);
  const s = resolveScale(valueYi, locale, scale);
  switch (s) {
    case 'yi':
      return { number: groupDigits(valueYi, Math.min(d, 2)), unit: '亿元' };
    case 'wanyi':
      return { number: groupDigits(valueYi / 10_000, Math.min(d + 4, 2)), unit: '万亿元' };
    case 'bn':
      return { number: groupDigits(valueYi / 10, Math.min(Math.max(d + 1, 1), 3)), unit: 'bn RMB' };
    case 'tn':
      return { number: groupDigits(valueYi / 10_000, Math.min(d + 4, 2)), unit: 'tn RMB' };
  }
}

function resolveScale(
  valueYi: number,
  locale: Locale,
  scale: MoneyScale,
): Exclude<MoneyScale, 'auto'> {
  if (scale !== 'auto') return scale;
  if (locale === 'zh-CN') return 'yi';
  return 'bn';
}

/** "45,500 亿元" / "4,550.0 bn RMB"; "—" for a missing value. */
export function formatMoney(
  valueYi: number | null | undefined,
  locale: Locale,
  scale: MoneyScale = 'auto',
): string {
  if (valueYi == null || !Number.isFinite(valueYi)) return '—';
  const p = moneyParts(valueYi, locale, scale);
  return `${p.number} ${p.unit}`;
}

/** Headline form: 万亿元 / trillion at or above 10,000亿, else 亿元 / billion. */
export function formatMoneyHeadline(valueYi: number | null | undefined, locale: Locale): string {
  if (valueYi == null || !Number.isFinite(valueYi)) return '—';
  const big = Math.abs(valueYi) >= 10_000;
  if (locale === 'zh-CN') return formatMoney(valueYi, locale, big ? 'wanyi' : 'yi');
  return formatMoney(valueYi, locale, big ? 'tn' : 'bn');
}
