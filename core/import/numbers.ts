/**
 * Cell text → number, and money units → 亿元. Missing ("—", "…", "") is kept distinct from 0
 * because the dataset must never turn "not published" into zero.
 */
import type { CellReason } from './problem-codes';
import { toHalfWidth } from '../places';
import type { RawCell } from './types';

export type ParsedCell =
  | { kind: 'number'; value: number; decimals: number }
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: CellReason };

const PLAIN_DECIMAL = /^-?\d{1,15}(\.\d{1,15})?$/;

const MISSING_MARKS = new Set([
  '',
  '-',
  '--',
  '—',
  '——',
  '–',
  '...',
  '..',
  '…',
  '……',
  '/',
  'n/a',
  'na',
  'n.a.',
  '无',
  '空',
  'x',
  '×',
  '*',
]);

// Footnote markers printed after a number ("498.79*", "12.3①") are not part of the value.
const TRAILING_MARKERS = /[*※#①②③④⑤⑥⑦⑧⑨⑩¹²³⁴⁵⁶⁷⁸⁹]+$/u;

function decimalsOf(numeric: string): number {
  const dot = numeric.indexOf('.');
  if (dot < 0) return 0;
  let digits = 0;
  for (let i = dot + 1; i < numeric.length; i++) {
    const c = numeric.charCodeAt(i);
    if (c < 48 || c > 57) break;
    digits++;
  }
  // Floats read from xlsx can print as 0.30000000000000004; six places is finer than any table.
  return Math.min(digits, 6);
}

/**
 * Parse one cell: thousands separators, full-width digits, (24.0) for −24.0, a trailing %, and
 * missing marks. Text that is not a number comes back `invalid` with a reason for the user.
 */
export function parseNumberCell(raw: RawCell): ParsedCell {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'invalid', reason: 'not_finite' };
    return { kind: 'number', value: raw, decimals: decimalsOf(String(raw)) };
  }
  if (typeof raw === 'boolean') return { kind: 'invalid', reason: 'boolean' };
  // Fast path for the common plain decimal; everything below handles the messy cases.
  if (typeof raw === 'string' && PLAIN_DECIMAL.test(raw)) {
    return { kind: 'number', value: Number(raw), decimals: decimalsOf(raw) };
  }
  if (raw instanceof Date) return { kind: 'invalid', reason: 'date' };
  let text = toHalfWidth(raw).trim();
  if (MISSING_MARKS.has(text.toLowerCase())) return { kind: 'missing' };
  if (/^#(DIV\/0!|REF!|N\/A|NAME\?|VALUE!|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(text)) {
    return { kind: 'invalid', reason: 'spreadsheet_error' };
  }
  text = text.replace(TRAILING_MARKERS, '').trim();
  let negative = false;
  const parens = /^\((.*)\)$/.exec(text);
  if (parens) {
    negative = true;
    text = parens[1]!.trim();
  }
  text = text.replace(/%$/, '').trim();
  // Space-grouped thousands ("1 234.5") and comma-grouped ("1,234.5") are both common.
  const compact = text.replace(/(\d)[ ](?=\d{3}\b)/g, '$1');
  let numeric = compact;
  if (compact.includes(',')) {
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) {
      return { kind: 'invalid', reason: 'commas' };
    }
    numeric = compact.replace(/,/g, '');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(numeric)) {
    return { kind: 'invalid', reason: 'text' };
  }
  const value = Number(numeric);
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'out_of_range' };
  if (negative && value < 0) return { kind: 'invalid', reason: 'negative_twice' };
  return { kind: 'number', value: negative ? -value : value, decimals: decimalsOf(numeric) };
}

/** A money unit as printed in tables. `toHundredMillion` scales an amount to 亿 of its currency. */
export interface MoneyUnit {
  id: string;
  currency: 'CNY' | 'USD';
  toHundredMillion: number;
  label: string;
}

/**
 * The magnitude words that stand before a currency (万元, 万美元), largest first, with the factor
 * that scales an amount in them to 亿 and their English label.
 */
const MAGNITUDES = [
  { zh: '万亿', en: 'trillion', toHundredMillion: 1e4 },
  { zh: '十亿', en: 'billion', toHundredMillion: 10 },
  { zh: '亿', en: '100 million', toHundredMillion: 1 },
  { zh: '百万', en: 'million', toHundredMillion: 1e-2 },
  { zh: '万', en: '10,000', toHundredMillion: 1e-4 },
  { zh: '千', en: 'thousand', toHundredMillion: 1e-5 },
  { zh: '', en: '', toHundredMillion: 1e-8 },
] as const;

/** Every magnitude of one currency, largest first, except those named in `without`. */
const unitsOf = (
  currency: MoneyUnit['currency'],
  zh: string,
  en: string,
  without: readonly string[] = [],
): MoneyUnit[] =>
  MAGNITUDES.filter((m) => !without.includes(m.zh)).map((m) => ({
    id: m.zh + zh,
    currency,
    toHundredMillion: m.toHundredMillion,
    label: m.en ? `${m.en} ${en}` : en,
  }));

/** Yuan units, then dollar units (no 万亿美元), each largest first: the order lists show them in. */
export const MONEY_UNITS: readonly MoneyUnit[] = [
  ...unitsOf('CNY', '元', 'yuan'),
  ...unitsOf('USD', '美元', 'US dollars', ['万亿']),
];

export const unitById = (id: string): MoneyUnit | undefined => MONEY_UNITS.find((u) => u.id === id);

const RESOLUTIONS = [1, 0.1, 0.01, 0.001, 0.0001, 0.00001, 0.000001];

export type Conversion =
  | { ok: true; value: number; resolution: number; currency: 'CNY' | 'USD' }
  | { ok: false; reason: 'out_of_range' };

/**
 * Convert an amount to 亿 of its currency: 亿元 for yuan units, 亿美元 for dollar units. A dollar
 * figure stays in dollars (as the bundled USD figures do); it becomes a derived 亿元 cell only at
 * the published rate of its year, when it is stored (layer.ts). `decimals` gives the printed
 * resolution.
 */
export function convertToYi(value: number, decimals: number, unit: MoneyUnit): Conversion {
  const factor = unit.toHundredMillion;
  const currency = unit.currency;
  if (factor === 1) {
    // 亿元 tables: nothing to scale, so no float noise to remove.
    const resolution = decimals < RESOLUTIONS.length ? RESOLUTIONS[decimals]! : 10 ** -decimals;
    return { ok: true, value, resolution, currency };
  }
  // toPrecision(12) removes float noise (498.79 × 10 = 4987.900000000001) without real rounding.
  const scaled = value * factor;
  if (!Number.isFinite(scaled)) return { ok: false, reason: 'out_of_range' };
  return {
    ok: true,
    value: Number(scaled.toPrecision(12)),
    resolution: Number((10 ** -decimals * factor).toPrecision(6)),
    currency,
  };
}
