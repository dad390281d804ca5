import type { Locale } from './locale';

/** Growth as published: "+1.4%", "−24.0%" (a true minus sign), "—" when missing. */
export function formatPct(pct: number | null | undefined, decimals = 1): string {
  if (pct == null || !Number.isFinite(pct)) return '—';
  const body = Math.abs(pct).toFixed(decimals);
  if (Number(body) === 0) return `${(0).toFixed(decimals)}%`;
  return `${pct > 0 ? '+' : '−'}${body}%`;
}

/** A share: "9.9%" (no sign). */
export function formatShare(pct: number | null | undefined, decimals = 1): string {
  if (pct == null || !Number.isFinite(pct)) return '—';
  return `${pct.toFixed(decimals)}%`;
}

/** A change in percentage points: "+0.5 pp" / "+0.5个百分点". */
export function formatPp(pp: number | null | undefined, locale: Locale, decimals = 1): string {
  if (pp == null || !Number.isFinite(pp)) return '—';
  const body = Math.abs(pp).toFixed(decimals);
  const sign = Number(body) === 0 ? '' : pp > 0 ? '+' : '−';
  return locale === 'zh-CN' ? `${sign}${body}个百分点` : `${sign}${body} pp`;
}
