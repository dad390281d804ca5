/**
 * Name forms of an entity: the short Chinese name, the pinyin search key and the English name.
 */
import { pinyin } from 'pinyin-pro';
import { ENGLISH_NAMES, PINYIN_OVERRIDES } from './english-names';

/**
 * Ethnic names that precede 自治州/自治县 in official names. Several appear without 族
 * (博尔塔拉蒙古自治州, 伊犁哈萨克自治州), so both forms are listed.
 */
// prettier-ignore
const ETHNIC_NAMES = [
  '朝鲜族', '土家族', '苗族', '藏族', '羌族', '彝族', '布依族', '侗族', '哈尼族', '壮族', '傣族',
  '白族', '景颇族', '傈僳族', '回族', '蒙古族', '黎族', '维吾尔', '蒙古', '柯尔克孜', '哈萨克',
];

/** Administrative suffixes, longest first so that 自治州 is not read as …州. */
const SUFFIXES = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '地区',
  '林区',
  '省',
  '市',
  '盟',
  '县',
];

/**
 * Short common name: 深圳市→深圳, 广西壮族自治区→广西, 延边朝鲜族自治州→延边, 阿克苏地区→阿克苏,
 * 兴安盟→兴安, 定安县→定安, 神农架林区→神农架. A name is never shortened below two characters.
 */
export function shortNameZh(nameZh: string): string {
  const suffix = SUFFIXES.find((s) => nameZh.endsWith(s) && nameZh.length - s.length >= 2);
  if (!suffix) return nameZh;
  let short = nameZh.slice(0, -suffix.length);
  if (suffix.startsWith('自治')) {
    let stripped = true;
    while (stripped) {
      stripped = false;
      for (const ethnic of ETHNIC_NAMES) {
        if (short.endsWith(ethnic) && short.length - ethnic.length >= 2) {
          short = short.slice(0, -ethnic.length);
          stripped = true;
        }
      }
    }
  }
  return short;
}

/** Toneless pinyin syllables of a Chinese name, ü written as v. */
function syllables(zh: string): string[] {
  return pinyin(zh, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
}

/** Search key: lower-case toneless pinyin, no spaces or apostrophes (西安 → xian). */
export function pinyinKey(code: string, shortZh: string): string {
  return PINYIN_OVERRIDES[code] ?? syllables(shortZh).join('');
}

/**
 * English name: the reviewed override, else pinyin written as one capitalised word with the
 * standard apostrophe before a syllable that starts with a, o or e (西安 → Xi'an, 六安 → Lu'an,
 * 马鞍山 → Ma'anshan) and ü restored (吕梁 → Lüliang).
 */
export function englishName(code: string, shortZh: string): string {
  const override = ENGLISH_NAMES[code];
  if (override) return override;
  const key = PINYIN_OVERRIDES[code];
  const parts = key ? [key] : syllables(shortZh);
  const word = parts
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/v/g, 'ü');
  return word.charAt(0).toUpperCase() + word.slice(1);
}
