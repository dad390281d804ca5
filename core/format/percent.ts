import type { Locale } from './locale';
import { PRECISION, signedNumber } from './number';

/**
 * Growth as published: "+1.4%", "−24.0%" (a true minus sign), "0.0%" for no change, "<0.1%" for
 * a change too small to show (never "-0.0%"), "—" when missing.
 */
export function formatPct(
  pct: number | null | undefined,
  decimals: number = PRECISION.pct,
): string {
  if (pct == null || !Number.isFinite(pct)) return '—';
  return `${signedNumber(pct, decimals)}%`;
}

/** A share: "9.9%" (no sign). */
export function formatShare(
  pct: number | null | undefined,
  decimals: number = PRECISION.share,
): string {
  if (pct == null || !Number.isFinite(pct)) return '—';
  return `${Math.abs(pct) < 10 ** -decimals / 2 ? (0).toFixed(decimals) : pct.toFixed(decimals)}%`;
}

/** A change in percentage points: "+0.5 pp" / "+0.5个百分点". */
export function formatPp(
  pp: number | null | undefined,
  locale: Locale,
  decimals: number = PRECISION.pp,
): string {
  if (pp == null || !Number.isFinite(pp)) return '—';
  const body = signedNumber(pp, decimals);
  return locale === 'zh-CN' ? `${body}个百分点` : `${body} pp`;
}
