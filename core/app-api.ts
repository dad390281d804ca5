/**
 * The desktop-app part of the contract: settings, the About box and recent files. Types and
 * argument schemas live here; core/api.ts lists the methods.
 */
import * as v from 'valibot';
import { VIEW_NAMES, type ViewName } from './actions';
import { LOCALES, type GainColors, type Locale } from './format';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  locale: Locale;
  theme: 'light' | 'dark' | 'system';
  /** The year rankings and the map open on; null: the latest with data. */
  defaultYear: number | null;
  defaultLevel: 'city' | 'province';
  /** CNY per USD for years without a rate of their own; null: none (amounts stay in 亿元). */
  usdRate: number | null;
  /** `scaled`: 亿元 and 万亿元 (billion, trillion); `plain`: always 亿元 (billion). */
  numberFormat: 'scaled' | 'plain';
  /** Colours of gains and losses: `auto` follows the language (red up in Chinese, green up in English). */
  gainColors: GainColors;
  /** The view that was open last, reopened at start. */
  lastView: ViewName | null;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  locale: 'zh-CN',
  theme: 'system',
  defaultYear: null,
  defaultLevel: 'city',
  usdRate: null,
  numberFormat: 'scaled',
  gainColors: 'auto',
  lastView: null,
};

export const settingsSchema = v.strictObject({
  version: v.literal(SETTINGS_VERSION),
  locale: v.picklist(LOCALES),
  theme: v.picklist(['light', 'dark', 'system']),
  defaultYear: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100))),
  defaultLevel: v.picklist(['city', 'province']),
  // The same plausible band the rate field in the money view accepts.
  usdRate: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0.1), v.maxValue(100))),
  numberFormat: v.picklist(['scaled', 'plain']),
  gainColors: v.picklist(['auto', 'red-up', 'green-up']),
  lastView: v.nullable(v.picklist(VIEW_NAMES)),
});

export interface SettingsState {
  settings: Settings;
  /** The settings file could not be used and defaults are in effect: why, in English. */
  notice: string | null;
  /** Where the settings are kept, and the data folder (shown on the settings screen). */
  file: string;
  dataDir: string;
}

export interface AboutInfo {
  appVersion: string;
  /** Present in the desktop app. */
  electron: string | null;
  chrome: string | null;
  node: string;
  platform: string;
  /** When the bundled dataset was built (revision 0's date). */
  bundledDataDate: string;
  /** The NOTICE file: the licences of the bundled data, map and fonts. */
  notice: string;
}

export type RecentKind = 'scenario' | 'recipe' | 'briefing';

export interface RecentFile {
  id: string;
  kind: RecentKind;
  name: string;
  at: string;
}

export const MAX_RECENT_FILES = 10;
/** Text kept for a file that has no path (opened or saved in a browser). */
export const MAX_RECENT_TEXT = 1024 * 1024;

export type OpenRecentResult =
  | { status: 'opened'; kind: RecentKind; name: string; text: string }
  | { status: 'missing'; name: string; reason: string };

export const saveSettingsSchema = settingsSchema;
export const recentIdSchema = v.pipe(
  v.string(),
  v.regex(/^[0-9a-f]{16}$/, 'expected a recent-file id'),
);
export const noteRecentSchema = v.strictObject({
  kind: v.picklist(['scenario', 'recipe', 'briefing']),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  text: v.pipe(v.string(), v.maxLength(MAX_RECENT_TEXT)),
});
