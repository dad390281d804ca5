/**
 * Reviewed English names, keyed by GB/T 2260 code. Everything not listed here gets its pinyin
 * (capitalised, no tones, apostrophe before a syllable starting with a/o/e: Ma'anshan, Lu'an).
 *
 * Listed are only (a) conventional English names that differ from pinyin, (b) the pinyin names whose
 * apostrophe rule alone gets them wrong, and (c) the disambiguators for names shared by two
 * entities of the same level, spelled as figures.csv/breakdowns.csv spell them. Fuzhou (Fujian, the
 * capital) stays plain `Fuzhou`, as in the curated data.
 */
export const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  // Provinces and special administrative regions
  '150000': 'Inner Mongolia',
  '540000': 'Xizang',
  '610000': 'Shaanxi',
  '810000': 'Hong Kong',
  '820000': 'Macau',

  // Duplicate names: the curated data's disambiguators
  '331000': 'Taizhou (Zhejiang)',
  '321200': 'Taizhou (Jiangsu)',
  '361000': 'Fuzhou (Jiangxi)',
  '360900': 'Yichun (Jiangxi)',
  '230700': 'Yichun (Heilongjiang)',
  '341300': 'Suzhou (Anhui)',
  '450900': 'Yulin (Guangxi)',
  '610800': 'Yulin (Shaanxi)',
  '632500': 'Hainan (Qinghai)',
  '220200': 'Jilin City',

  // Inner Mongolia
  '150100': 'Hohhot',
  '150600': 'Ordos',
  '150700': 'Hulunbuir',
  '150800': 'Bayannur',
  '150900': 'Ulanqab',
  '152200': 'Hinggan',
  '152500': 'Xilingol',
  '152900': 'Alxa',

  // Heilongjiang
  '230100': 'Harbin',
  '230200': 'Qiqihar',
  '232700': 'Da Hinggan Ling',

  // Xizang
  '540100': 'Lhasa',
  '540200': 'Xigaze',
  '540300': 'Qamdo',
  '540400': 'Nyingchi',
  '540600': 'Nagqu',
  '542500': 'Ngari',

  // Qinghai, Sichuan
  '632600': 'Golog',
  '513200': 'Ngawa',
  '513300': 'Garze',

  // Xinjiang
  '650100': 'Urumqi',
  '650200': 'Karamay',
  '650400': 'Turpan',
  '652700': 'Bortala',
  '652800': 'Bayingolin',
  '652900': 'Aksu',
  '653000': 'Kizilsu',
  '653100': 'Kashgar',
  '653200': 'Hotan',
  '654000': 'Ili',
  '654300': 'Altay',
  '659002': 'Aral',
  '659003': 'Tumxuk',
};

/** English names analysts also use, added to `aliases` (never shown as the name). */
export const ENGLISH_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '540000': ['Tibet'],
  '820000': ['Macao'],
  '540200': ['Shigatse', 'Rikaze'],
  '653100': ['Kashi'],
  '540300': ['Chamdo'],
  '150000': ['Nei Mongol'],
};

/**
 * Pinyin corrections, keyed by code, for names pinyin-pro reads wrongly (polyphones). Values are
 * the search key: lower case, toneless, no spaces or apostrophes, ü written as v.
 */
export const PINYIN_OVERRIDES: Readonly<Record<string, string>> = {
  '653100': 'kashi', // 喀什: pinyin-pro reads 什 as shen
  '540300': 'changdu', // 昌都: pinyin-pro reads 都 as dou
  // 陕西 and 山西 are both "shanxi" in toneless pinyin; the official romanisation Shaanxi keeps the
  // search keys apart.
  '610000': 'shaanxi',
};
