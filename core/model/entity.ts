import type { Adcode } from './ids';

export type Level = 'national' | 'province' | 'city' | 'county_city';
export const LEVELS: readonly Level[] = ['national', 'province', 'city', 'county_city'];
/** The levels a ranking or a scenario is computed at (a scenario file names one). */
export const RANKED_LEVELS = ['city', 'province'] as const satisfies readonly Level[];
export type RankedLevel = (typeof RANKED_LEVELS)[number];

export type Region = 'east' | 'central' | 'west' | 'northeast';

/**
 * One place the app knows: the nation, a province-level unit, a prefecture-level city (the four
 * municipalities appear both as a province and as a city, with different codes), or a county-level
 * city that publishes its own figures (义乌, 济源) and is never merged into its parent.
 */
export interface Entity {
  code: Adcode;
  level: Level;
  /** Official name, e.g. 深圳市, 广东省, 日喀则市. */
  nameZh: string;
  /** Short common name, e.g. 深圳, 广东. */
  shortZh: string;
  /** Conventional English name, e.g. Shenzhen, Xi'an, Inner Mongolia, Taizhou (Zhejiang). */
  nameEn: string;
  /** Toneless pinyin without spaces, lower case, e.g. xian, haerbin. */
  pinyin: string;
  /** Other names that resolve to this entity: with/without suffix, historic names. */
  aliases: string[];
  /** Historic codes that now resolve to this entity (e.g. 542300 → 540200). */
  formerCodes: Adcode[];
  /** Province-level unit this entity belongs to (itself for provinces, null for the nation). */
  provinceCode: Adcode | null;
  /** Administrative parent for county-level cities (义乌 → 金华); null otherwise. */
  parentCode: Adcode | null;
  region: Region | null;
  coastal: boolean;
  provincialCapital: boolean;
  /** [lon, lat] of a representative point, or null where no geometry is known. */
  centroid: [number, number] | null;
}
