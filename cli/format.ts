/**
 * Plain-text output: aligned tables that account for double-width Chinese characters, RFC 4180
 * CSV, and numbers. Tables are for reading, so they print numbers as the app does
 * (core/format/number.ts: one precision per unit, thousands grouped, "−" and "<0.1" for a change
 * that rounds away); the machine formats (json, csv) keep every value at its full stored precision
 * so nothing is lost when a file is read back.
 */
import { formatShare, groupDigits, PRECISION, signedNumber } from '../core/format';
import type { Derivation, Source } from '../core/model';

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Terminal columns a string occupies (CJK characters take two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

export interface Column {
  header: string;
  /** Right-align (numbers). */
  right?: boolean;
}

export function renderTable(columns: Column[], rows: string[][]): string[] {
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, !!columns[i]!.right))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ];
}

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: (string | number | null | undefined)[]) =>
  values.map(csvField).join(',');

/** A value at full precision, as stored (json/csv); a missing one is a gap, never 0. */
export const showNumber = (value: number | null | undefined, gap = '—') =>
  value === null || value === undefined ? gap : String(value);

/** A percentage with a sign, as the source printed it (+5.6, −14.1): the import report's echo. */
export const showGrowth = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value > 0 ? `+${value}` : String(value);

/** An amount in 亿元 (or 亿美元) for a table: "42,121.6" (0.1亿 resolution, as the app shows). */
export const tableAmount = (value: number | null | undefined, currency: 'CNY' | 'USD' = 'CNY') =>
  value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : groupDigits(value, currency === 'USD' ? PRECISION.usdYi : PRECISION.yi);

/** A growth rate in % for a table: "+5.6", "−14.1", "<0.1" (the app's rule, never "-0.0"). */
export const tableGrowth = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : signedNumber(value, PRECISION.pct);

export const showShare = (fraction: number | null) =>
  fraction === null ? 'unknown' : formatShare(fraction * 100);

export const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A derived cell's derivation for JSON output (null when the value was printed). */
export function derivationJson(d: Derivation | undefined) {
  if (!d) return null;
  if (d.kind === 'sum') return { kind: 'sum', of: ['exports', 'imports'] };
  return {
    kind: 'usd',
    usd_value: d.usdValue,
    rate_cny_per_usd: d.rate,
    rate_source_id: d.rateSourceId,
    rate_kind: d.rateKind,
    usd_is_sum: d.usdSum,
  };
}

/** A source for JSON output, with snake_case keys like every other field the CLI prints. */
export const sourceJson = (s: Source) => ({
  id: s.id,
  title: s.title,
  publisher: s.publisher,
  url: s.url,
  published_date: s.publishedDate,
  kind: s.kind,
});
