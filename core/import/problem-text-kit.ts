/**
 * The vocabulary the problem templates are written with: numbers, places, measures and evidence,
 * each worded per language by `problem-text-zh.ts` / `problem-text-en.ts`.
 */
import { groupDigits } from '../format';
import type { Level, MoneyMeasure } from '../model';
import type { EntityRef, ProblemCode, ProblemParamMap, SlipEvidence } from './problem-codes';

export type ImportLang = 'zh-CN' | 'en';

/** Words a template needs from its language. */
export interface TextKit {
  /** A figure without float noise: 4,987.9. */
  num(value: number): string;
  /** A count: 1,000,000. */
  int(value: number): string;
  /** A file size: 12 KB, 3.4 MB. */
  size(bytes: number): string;
  money(value: number, currency: 'CNY' | 'USD'): string;
  entity(e: EntityRef): string;
  metric(m: MoneyMeasure): string;
  field(f: string): string;
  level(l: Level): string;
  period(p: string): string;
  list(items: readonly string[]): string;
  evidence(e: SlipEvidence, factor: number): string;
  /** A command-line hint, " (--year 2025)", shown only where the reader is at a command line. */
  cli(hint: string): string;
}

/** Where a sentence is read: the app shows its own controls, the CLI names its flags. */
export type TextSurface = 'app' | 'cli';

/** One template per code, typed by its parameters: a missing code does not compile. */
export type ProblemTemplates = {
  [C in ProblemCode]: (params: ProblemParamMap[C], kit: TextKit) => string;
};

/**
 * Format a number without float noise (4987.900000000001 → "4,987.9"): what
 * `Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })` prints (problem-text.test.ts holds
 * the two equal), without building one — the first Intl formatter loads the locale's number data,
 * tens of milliseconds of a command-line import that reports a single unit slip.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Beyond 1e21 toLocaleString falls back to exponent-free digits of float noise.
  if (Math.abs(value) >= 1e15) return value.toPrecision(6);
  const rounded = Number(value.toPrecision(10));
  const text = groupDigits(Math.abs(rounded), 6).replace(/\.?0+$/, '');
  // Intl keeps the sign of a negative that rounds to 0 ("-0").
  return rounded < 0 || Object.is(rounded, -0) ? `-${text}` : text;
}

/** A count as en-US prints it (1,000,000), without Intl for whole numbers (see plainNumber). */
export const countText = (n: number): string =>
  Number.isSafeInteger(n) ? groupDigits(n, 0) : n.toLocaleString('en-US');

/** A file's size as the wizard and its problems print it: whole KB below 1 MB, else MB to 0.1. */
export const fileSize = (n: number): string =>
  n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
