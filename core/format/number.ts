/**
 * The one place that decides how many decimals a number shows and how it is signed. Precision is
 * fixed per unit, so a column never mixes "45,500" with "1,272.48" (or "4,550.0 bn" with
 * "127.248 bn"): 0.1亿 is the resolution in Chinese, and the same 0.01 bn in English. A value
 * that rounds to zero is printed without a sign ("0.0%", never "-0.0%"), and a tiny change that
 * is not zero says so ("<0.1%"), because a reader cannot tell a rounded 0.0 from no change.
 */
import type { Locale } from './locale';

/** Decimals shown per unit (money scales, dollars, percentages, percentage points). */
export const PRECISION = {
  yi: 1,
  wanyi: 2,
  bn: 2,
  tn: 2,
  usdYi: 1,
  usdBn: 2,
  usdTn: 2,
  pct: 1,
  share: 1,
  pp: 2,
} as const;

/** A true minus sign, as typeset numbers use. */
export const MINUS = '−';

/** One formatter per number of decimals: building an Intl.NumberFormat costs far more than using one. */
const grouping = new Map<number, Intl.NumberFormat>();

/**
 * Thousands grouped with commas, `decimals` fixed; a value that rounds to zero has no sign
 * (Intl would print "-0.0"). The minus stays the ASCII hyphen (cells are copied to spreadsheets).
 *
 * Prints exactly what `Intl.NumberFormat('en-US')` prints (number.test.ts holds the two equal),
 * without it: the first Intl formatter a page builds loads the locale's number data, which cost
 * tens of milliseconds on the way to the first table.
 */
export function groupDigits(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return intlDigits(value, decimals);
  const text = roundedDigits(Math.abs(value), decimals);
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

function intlDigits(value: number, decimals: number): string {
  let f = grouping.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    grouping.set(decimals, f);
  }
  return f.format(value);
}

/**
 * A finite `abs` ≥ 0 at `decimals` places, grouped. Rounded as Intl rounds: half away from zero
 * on the shortest decimal that reads back as the number (String(abs)), not on its binary value —
 * 1.005 gives "1.01", where toFixed gives "1.00".
 */
function roundedDigits(abs: number, decimals: number): string {
  const s = String(abs);
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  // Digits before the decimal point (may be ≤ 0 for 1e-7): pad so there is at least one.
  let point = (dot < 0 ? mantissa.length : dot) + (e < 0 ? 0 : Number(s.slice(e + 1)));
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const keep = point + decimals;
  const roundUp = digits.length > keep && digits.charCodeAt(keep) >= 53; // '5'…'9'
  const kept = (digits.length < keep ? digits.padEnd(keep, '0') : digits.slice(0, keep)).split('');
  if (roundUp) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') kept[i--] = '0';
    if (i < 0) kept.unshift('1');
    else kept[i] = String.fromCharCode(kept[i]!.charCodeAt(0) + 1);
  }
  const all = kept.join('');
  const whole = all.slice(0, all.length - decimals).replace(/^0+(?=\d)/, '');
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ',';
    grouped += whole[i];
  }
  return decimals > 0 ? `${grouped}.${all.slice(all.length - decimals)}` : grouped;
}

/** How a value shows once rounded to `decimals`: up, down, or zero (nothing to colour). */
export function direction(
  value: number | null | undefined,
  decimals = PRECISION.pct,
): 'up' | 'down' | null {
  if (value == null || !Number.isFinite(value)) return null;
  const shown = Number(Math.abs(value).toFixed(decimals));
  if (shown === 0) return null;
  return value > 0 ? 'up' : 'down';
}

/**
 * A signed change: "+1.4", "−24.0"; "0.0" for an exact zero and "<0.1" for a nonzero value that
 * rounds to zero (no sign: the sign of a rounded-away change is noise).
 */
export function signedNumber(value: number, decimals: number, grouped = true): string {
  const body = grouped ? groupDigits(Math.abs(value), decimals) : Math.abs(value).toFixed(decimals);
  if (Number(Math.abs(value).toFixed(decimals)) === 0) {
    return value === 0 ? body : `<${(10 ** -decimals).toFixed(decimals)}`;
  }
  return `${value > 0 ? '+' : MINUS}${body}`;
}

/** Gain/loss colours: Chinese markets print gains red, Western ones green. */
export type GainColors = 'auto' | 'red-up' | 'green-up';

/** The convention in effect: the user's choice, or the language's own. */
export function gainConvention(choice: GainColors, locale: Locale): 'red-up' | 'green-up' {
  if (choice !== 'auto') return choice;
  return locale === 'zh-CN' ? 'red-up' : 'green-up';
}
