/**
 * How a derived value was made, in words, wherever its source is shown (tooltips, print, CLI):
 * a derived cell never reads as a bare "derived".
 */
import type { Derivation } from '../model';
import type { Locale } from './locale';

/** "exports + imports of the same source (it prints no total)" / "US$136.1亿 × 6.7372 CNY/USD (…)". */
export function derivationText(d: Derivation, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (d.kind === 'sum') {
    return zh
      ? '推算值：同一来源的出口 + 进口（该来源未公布总额）'
      : 'derived: exports + imports of the same source (it prints no total)';
  }
  const usd = d.usdValue.toLocaleString(zh ? 'zh-CN' : 'en', { maximumFractionDigits: 4 });
  const what = d.usdSum ? (zh ? '（出口 + 进口）' : '(exports + imports) ') : '';
  const kind =
    d.rateKind === 'annual_average'
      ? zh
        ? '年平均汇率'
        : 'annual average rate'
      : zh
        ? '同一发布的人民币与美元总额之比'
        : 'ratio of the RMB and USD totals of one release';
  return zh
    ? `推算值：${what}${usd} 亿美元 × ${d.rate} 元/美元（${kind}，${d.rateSourceId}）`
    : `derived: ${what}US$${usd}亿 × ${d.rate} CNY/USD (${kind}, ${d.rateSourceId})`;
}
