/**
 * The coverage statement shown beside every ranking and map, in the reader's language:
 * "2023: 293 of 297 prefecture-level cities (and 0 of 40 autonomous prefectures, prefectures and
 * leagues), 97.8% of national trade. Not a complete ranking: 邢台, 张家界, 三沙 … missing."
 * One wording for the app, print and the CLI, so the three never disagree.
 */
import type { Coverage } from '../data';
import type { Adcode, Level } from '../model';
import type { Locale } from './locale';
import { formatShare } from './percent';

/** How many missing names a statement lists before "and N more". */
const MISSING_LISTED = 6;

const UNIT: Record<Level, { zh: string; en: [string, string] }> = {
  national: { zh: '全国', en: ['nation', 'nation'] },
  province: { zh: '个省份', en: ['province', 'provinces'] },
  city: { zh: '个地级市', en: ['prefecture-level city', 'prefecture-level cities'] },
  county_city: { zh: '个县级市', en: ['county-level city', 'county-level cities'] },
};

function countPhrase(c: Coverage, locale: Locale): string {
  const city = c.byKind.find((k) => k.kind === 'city');
  const other = c.byKind.find((k) => k.kind === 'prefecture');
  const withData = city?.withData ?? c.entitiesWithData;
  const total = city?.total ?? c.entitiesTotal;
  const unit = UNIT[c.level];
  if (locale === 'zh-CN') {
    const main = `${total} ${unit.zh}中 ${withData} 个有全年数据`;
    return other && other.total > 0
      ? `${main}（另有 ${other.total} 个自治州、地区和盟中的 ${other.withData} 个）`
      : main;
  }
  const main = `${withData} of ${total} ${unit.en[total === 1 ? 0 : 1]}`;
  return other && other.total > 0
    ? `${main} (and ${other.withData} of ${other.total} autonomous prefectures, prefectures and leagues)`
    : main;
}

function sharePhrase(c: Coverage, locale: Locale): string {
  if (c.level === 'national') return '';
  const zh = locale === 'zh-CN';
  if (c.shareOfNational == null) {
    return zh
      ? '；全国总额未公布，占比未知'
      : '; share of national trade unknown (no national total)';
  }
  const share = formatShare(c.shareOfNational * 100);
  return zh ? `，合计占全国进出口 ${share}` : `, ${share} of national trade`;
}

function completePhrase(c: Coverage, locale: Locale, nameOf: (code: Adcode) => string): string {
  const zh = locale === 'zh-CN';
  if (c.complete) return zh ? '。排名完整。' : '. A complete ranking.';
  if (c.entitiesWithData === 0) return zh ? '。' : '.';
  const listed = c.missing.slice(0, MISSING_LISTED).map(nameOf);
  const more = c.missing.length - listed.length;
  if (zh) {
    const tail = more > 0 ? ` 等 ${c.missing.length} 个` : '';
    return `。不是完整排名：缺 ${listed.join('、')}${tail}。`;
  }
  const tail = more > 0 ? ` and ${more} more` : '';
  return `. Not a complete ranking: ${listed.join(', ')}${tail} missing.`;
}

function derivedPhrase(c: Coverage, locale: Locale): string {
  const { sum, usd } = c.derived;
  if (locale === 'zh-CN') {
    const parts = [
      sum ? `${sum} 个为同一来源的出口 + 进口` : '',
      usd ? `${usd} 个由美元按公布汇率换算` : '',
    ].filter(Boolean);
    return parts.length ? `总额中 ${parts.join('，')}（推算值，已标注）。` : '';
  }
  const parts = [
    sum ? `${sum} ${sum === 1 ? 'is' : 'are'} exports + imports of one source` : '',
    usd ? `${usd} ${usd === 1 ? 'is' : 'are'} converted from USD at a published rate` : '',
  ].filter(Boolean);
  return parts.length ? ` Of the totals, ${parts.join(' and ')} (derived, marked so).` : '';
}

/** The full statement for a coverage, e.g. for a banner, a print subtitle or the CLI. */
export function coverageStatement(
  c: Coverage,
  locale: Locale,
  nameOf: (code: Adcode) => string,
): string {
  const lead = locale === 'zh-CN' ? `${c.year} 年：` : `${c.year}: `;
  return (
    lead +
    countPhrase(c, locale) +
    sharePhrase(c, locale) +
    completePhrase(c, locale, nameOf) +
    derivedPhrase(c, locale)
  ).trim();
}

/** Below this share of its entities a year's coverage is "low" and a better year is offered. */
export const LOW_COVERAGE = 0.5;

/** True when fewer than half the entities of the level have a total in the year. */
export function isLowCoverage(c: Coverage): boolean {
  return c.entitiesTotal > 0 && c.entitiesWithData / c.entitiesTotal < LOW_COVERAGE;
}
