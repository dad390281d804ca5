/**
 * Facts a table states in words rather than cells: its money unit, year and period. They come
 * from titles ("2025年1-12月各市进出口情况（单位：亿元）"), headers ("出口(万美元)"), sheet names
 * and file names.
 */
import { unitById, type MoneyUnit } from './numbers';
import { toHalfWidth } from '../places';

export type UnitMention = { unit: MoneyUnit; phrase: string } | { unrecognised: string };

// Longest first, so 万亿元 is not read as 亿元 and 亿美元 not as 美元.
const CHINESE_UNITS = [
  '十亿美元',
  '百万美元',
  '亿美元',
  '万美元',
  '千美元',
  '万亿元',
  '十亿元',
  '百万元',
  '亿元',
  '万元',
  '千元',
];

const CNY = '(?:yuan|rmb|cny|renminbi)';
const USD = '(?:us ?dollars?|usd|us\\$|\\$)';
const ENGLISH_UNITS: [RegExp, string][] = [
  [new RegExp(`(?:100|one hundred) ?million ${CNY}|${CNY} ?100 ?million|100 ?m ${CNY}`), '亿元'],
  [new RegExp(`trillion ${CNY}|${CNY} ?trillion`), '万亿元'],
  [new RegExp(`(?:billion|bn) ${CNY}|${CNY} ?(?:billion|bn)\\b`), '十亿元'],
  [new RegExp(`million ${CNY}|${CNY} ?(?:million|mn)\\b`), '百万元'],
  [new RegExp(`(?:10,?000|ten thousand) ${CNY}|${CNY} ?10,?000`), '万元'],
  [new RegExp(`(?:thousand|1,?000) ${CNY}|${CNY} ?(?:thousand|'000|000s)`), '千元'],
  [new RegExp(`(?:100|one hundred) ?million ${USD}|${USD} ?100 ?million`), '亿美元'],
  [new RegExp(`(?:billion|bn) ${USD}|${USD} ?(?:billion|bn)\\b`), '十亿美元'],
  [new RegExp(`million ${USD}|${USD} ?(?:million|mn)\\b`), '百万美元'],
  [new RegExp(`(?:10,?000|ten thousand) ${USD}|${USD} ?10,?000`), '万美元'],
  [new RegExp(`(?:thousand|1,?000) ${USD}|${USD} ?(?:thousand|'000|000s)`), '千美元'],
];

/**
 * Find a money unit in one piece of text. Bare 元/美元 count only after 单位 or inside brackets,
 * since 元 also occurs in ordinary words. Text after 单位/unit that names no money unit comes back
 * `unrecognised` (e.g. 万吨), so the user is told rather than the column silently misread.
 */
export function findUnit(text: string): UnitMention | null {
  const plain = toHalfWidth(text).toLowerCase().replace(/\s+/g, ' ');
  const squeezed = plain.replace(/ /g, '');
  for (const id of CHINESE_UNITS) {
    if (squeezed.includes(id)) return { unit: unitById(id)!, phrase: id };
  }
  for (const [pattern, id] of ENGLISH_UNITS) {
    const match = pattern.exec(plain);
    if (match) return { unit: unitById(id)!, phrase: match[0] };
  }
  const bare = /(?:单位[:：]?|[([]|^)(人民币)?(美元|元)(人民币)?(?:[)\]]|$)/.exec(squeezed);
  if (bare) return { unit: unitById(bare[2]!)!, phrase: bare[0] };
  // 制表单位/填报单位 name the compiling office, not a unit of measure.
  const stated = /(?<!制表|填报|报送|编制|主管)(?:单位|unit|units)[:：]\s*([^,;，；)）\]]+)/i.exec(
    plain,
  );
  if (stated) {
    const phrase = stated[1]!.trim();
    // "单位：%" only describes growth columns and says nothing about money.
    if (phrase !== '%' && phrase !== '') return { unrecognised: phrase };
  }
  return null;
}

/** A year 1990–2099 that is not part of a longer number (so 20250115 is not 2025). */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;

/** Year stated in a text: a year followed by 年 wins over a bare year. */
export function findYear(text: string): number | null {
  const plain = toHalfWidth(text);
  const withNian = /(?<!\d)((?:19|20)\d{2})\s*年/.exec(plain);
  const match = withNian ?? YEAR.exec(plain);
  return match ? Number(match[1]) : null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (m: number): string => MONTHS[m - 1] ?? String(m);

/**
 * The span of the year a title covers: 'full_year', 'Jan-Jun', or a single month 'Dec'. A
 * monthly table imported as annual would corrupt rankings, so only an explicit span says "full".
 */
export function findPeriod(text: string): string {
  const plain = toHalfWidth(text).replace(/\s+/g, '');
  const range = /(?<!\d)(\d{1,2})(?:月份?)?[-—–~～至到](\d{1,2})月/.exec(plain);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (from === 1 && to === 12) return 'full_year';
    if (from >= 1 && to <= 12 && from < to) return `${monthName(from)}-${monthName(to)}`;
  }
  if (/上半年|1-6月|firsthalf|\bh1\b/i.test(plain)) return 'Jan-Jun';
  if (/前三季度|1-9月|firstthreequarters/i.test(plain)) return 'Jan-Sep';
  if (/一季度|第一季度|firstquarter|\bq1\b/i.test(plain)) return 'Jan-Mar';
  const english = /(?:january|jan)[-–to]+(feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/i.exec(
    plain,
  );
  if (english) {
    const to = MONTHS.findIndex((m) => m.toLowerCase() === english[1]!.toLowerCase()) + 1;
    return to === 12 ? 'full_year' : `Jan-${monthName(to)}`;
  }
  const single = /(?<![\d-—–~～至到])(\d{1,2})月(?!份?[-—–~～至到])/.exec(plain);
  if (single && !/全年|年度|1-12月/.test(plain)) {
    const month = Number(single[1]);
    if (month >= 1 && month <= 12) return monthName(month);
  }
  return 'full_year';
}
