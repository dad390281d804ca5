/**
 * Name or code → entity. Tables print 深圳市 or 深圳, Xi'an, Xian or XI'AN, codes old and new, and
 * historic names; the resolver tries the strictest match first so that 吉林省 (the province) and
 * 吉林 (in a city table, the city) both land right. Unresolved names get the three nearest names.
 */
import type { Adcode, Entity, Level } from '../model';
import { normaliseLabel, tidyText } from './text';

/** Strip "其中：" and list numbering that some tables print before names. */
export function cleanName(cell: string): string {
  return tidyText(cell)
    .replace(/^(其中|内含|包括)[:：]?\s*/, '')
    .replace(/^(\d{1,3}[.、)]|[(（]\d{1,3}[)）]|[一二三四五六七八九十]+、)\s*/, '')
    .trim();
}

export type MatchVia = 'taught_alias' | 'code' | 'name' | 'short_name' | 'suffix_stripped';

export type Resolution =
  | { status: 'resolved'; entity: Entity; via: MatchVia }
  | { status: 'ambiguous'; candidates: Entity[] }
  | { status: 'unresolved'; suggestions: Entity[] };

export interface TaughtAlias {
  alias: string;
  code: Adcode;
}

export interface NameResolver {
  /**
   * Resolve a printed name or code; `preferLevel` breaks ties such as 北京 (province vs city).
   * `suggest: false` skips the search for near names (it costs a pass over every name).
   */
  resolve(raw: string, preferLevel?: Level, suggest?: boolean): Resolution;
}

const CJK = /[\u3400-\u9fff]/;
const CHINESE_SUFFIXES = [
  '特别行政区',
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '自治区',
  '自治州',
  '地区',
  '省',
  '市',
  '州',
  '盟',
];
const LATIN_SUFFIXES = ['city', 'shi', 'prefecture', 'municipality', 'province', 'sheng', 'region'];
/** What a row for the whole country is called, in Chinese and in Latin letters. */
const NATIONAL_ZH = ['全国', '中国', '全国合计', '全国总计'];
const NATIONAL_LATIN = ['china', 'national', 'nationwide', 'prc'];
const NATIONAL_KEYS = [...NATIONAL_ZH, ...NATIONAL_LATIN];

/** Latin names compare without case, accents, apostrophes, hyphens, dots, brackets or spaces. */
export const latinKey = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´\-‐–—·\s.()（）]/g, '');

/** Every name of an entity in its comparison form (what search looks through). */
export const entityNameKeys = (e: Entity): string[] =>
  [e.shortZh, e.nameZh, e.nameEn, e.pinyin, ...e.aliases].map((n) => nameKey(n));

/** The comparison form of any name: CJK names half-width without spaces, Latin names latinKey. */
export const nameKey = (text: string): string => {
  const cleaned = cleanName(text);
  return CJK.test(cleaned) ? normaliseLabel(cleaned) : latinKey(cleaned);
};

function stripSuffix(key: string): string[] {
  const suffixes = CJK.test(key) ? CHINESE_SUFFIXES : LATIN_SUFFIXES;
  return suffixes
    .filter((s) => key.endsWith(s) && key.length > s.length)
    .map((s) => key.slice(0, -s.length));
}

/** Edit distance with a cut-off: anything past `max` is reported as max + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

type Index = Map<string, Entity[]>;
const LEVEL_SLOT: Record<Level, number> = { national: 1, province: 2, city: 3, county_city: 4 };

function add(index: Index, key: string, entity: Entity): void {
  if (key === '') return;
  const list = index.get(key) ?? [];
  if (!list.includes(entity)) list.push(entity);
  index.set(key, list);
}

/** Build a resolver over reference entities plus names the user taught in earlier imports. */
export function createNameResolver(
  entities: readonly Entity[],
  taught: readonly TaughtAlias[] = [],
): NameResolver {
  const byCode = new Map(entities.map((e) => [e.code as string, e]));
  const taughtIndex: Index = new Map();
  const codeIndex: Index = new Map();
  const nameIndex: Index = new Map();
  const shortIndex: Index = new Map();
  for (const t of taught) {
    const entity = byCode.get(t.code);
    if (entity) add(taughtIndex, nameKey(t.alias), entity);
  }
  for (const e of entities) {
    add(codeIndex, e.code, e);
    for (const former of e.formerCodes) add(codeIndex, former, e);
    add(nameIndex, nameKey(e.nameZh), e);
    add(nameIndex, latinKey(e.nameEn), e);
    for (const alias of e.aliases) add(nameIndex, nameKey(alias), e);
    add(shortIndex, nameKey(e.shortZh), e);
    add(shortIndex, latinKey(e.nameEn.replace(/\s*\([^)]*\)\s*$/, '')), e);
    add(shortIndex, latinKey(e.pinyin), e);
    if (e.level === 'national') for (const k of NATIONAL_KEYS) add(shortIndex, k, e);
  }
  // Suggestions compare like with like: Chinese input against Chinese keys, Latin against Latin.
  const suggestionKeys: { key: string; entity: Entity }[] = [];
  for (const index of [nameIndex, shortIndex]) {
    for (const [key, list] of index)
      for (const entity of list) suggestionKeys.push({ key, entity });
  }
  // One cache per (level, suggestions) pair: no key string is built per row of a big file.
  const caches = new Map<number, Map<string, Resolution>>();
  let cached = 0;

  function pick(candidates: Entity[] | undefined, preferLevel?: Level): Entity[] | undefined {
    if (!candidates || candidates.length <= 1 || !preferLevel) return candidates;
    const preferred = candidates.filter((c) => c.level === preferLevel);
    return preferred.length > 0 ? preferred : candidates;
  }

  function lookup(key: string, preferLevel?: Level): Resolution | null {
    const tiers: [Index, MatchVia][] = [
      [taughtIndex, 'taught_alias'],
      [codeIndex, 'code'],
      [nameIndex, 'name'],
      [shortIndex, 'short_name'],
    ];
    for (const [index, via] of tiers) {
      const found = pick(index.get(key), preferLevel);
      if (found && found.length === 1) return { status: 'resolved', entity: found[0]!, via };
      if (found && found.length > 1) return { status: 'ambiguous', candidates: found };
    }
    return null;
  }

  function suggest(key: string, preferLevel?: Level): Entity[] {
    const cjk = CJK.test(key);
    const max = Math.max(1, Math.ceil(key.length / 2));
    const best = new Map<Entity, number>();
    for (const { key: candidate, entity } of suggestionKeys) {
      if (CJK.test(candidate) !== cjk) continue;
      const d = editDistance(key, candidate, max);
      if (d <= max && d < (best.get(entity) ?? Infinity)) best.set(entity, d);
    }
    return [...best.entries()]
      .sort(
        ([a, da], [b, db]) =>
          da - db ||
          Number(b.level === preferLevel) - Number(a.level === preferLevel) ||
          a.code.localeCompare(b.code),
      )
      .slice(0, 3)
      .map(([e]) => e);
  }

  function resolveUncached(
    raw: string,
    preferLevel: Level | undefined,
    wantSuggestions: boolean,
  ): Resolution {
    let text = cleanName(raw);
    // Statistical codes are sometimes printed with 12 digits (440300000000).
    if (/^\d{12}$/.test(text) && text.endsWith('000000')) text = text.slice(0, 6);
    const key = /^\d+$/.test(text) ? text : nameKey(text);
    const exact = lookup(key, preferLevel);
    if (exact) return exact;
    const unbracketed = nameKey(text.replace(/[(（[][^)）\]]*[)）\]]/g, ''));
    for (const variant of [unbracketed, ...stripSuffix(key), ...stripSuffix(unbracketed)]) {
      const found = variant !== key ? lookup(variant, preferLevel) : null;
      if (found?.status === 'resolved') return { ...found, via: 'suffix_stripped' };
      if (found) return found;
    }
    const suggestions = key === '' || !wantSuggestions ? [] : suggest(key, preferLevel);
    return { status: 'unresolved', suggestions };
  }

  return {
    resolve(raw, preferLevel, wantSuggestions = true) {
      const which = (preferLevel ? LEVEL_SLOT[preferLevel] : 0) * 2 + (wantSuggestions ? 1 : 0);
      let cache = caches.get(which);
      if (!cache) caches.set(which, (cache = new Map()));
      let result = cache.get(raw);
      if (!result) {
        result = resolveUncached(raw, preferLevel, wantSuggestions);
        // Unique names are few; a bounded cache keeps a million-row file from hoarding memory.
        if (cached < 20000) {
          cache.set(raw, result);
          cached++;
        }
      }
      return result;
    },
  };
}
