/**
 * Find the table inside a sheet: title rows on top, a one- to three-row header (the top row with
 * merged cells left blank), then body rows that are data, totals (全省/合计/Total) or footnotes.
 * Unit, year and period detection live in title-facts.ts and are re-exported here.
 */
import { parseNumberCell } from './numbers';
import { cleanName, normaliseLabel, tidyText } from '../places';
import type { RowKind } from './types';

export { findPeriod, findUnit, findYear, type UnitMention } from './title-facts';

export interface TableShape {
  /** 0-based indices of rows above the header. */
  titleRows: number[];
  /** 0-based indices of the header rows (1 to 3). */
  headerRows: number[];
  /** One label per column: header rows joined top to bottom, merged blanks carried forward. */
  headers: string[];
  /** 0-based index of the first row below the header. */
  bodyStart: number;
  width: number;
}

const HEADER_WORDS = [
  '进出口',
  '出口',
  '进口',
  '城市',
  '地区',
  '地市',
  '市别',
  '名称',
  '金额',
  '同比',
  '增长',
  '增速',
  '比重',
  '排名',
  '位次',
  '指标',
  '项目',
  '数值',
  '年份',
  '代码',
  '省份',
  '省市',
  '总值',
  '总额',
  'total',
  'export',
  'import',
  'city',
  'region',
  'name',
  'value',
  'yoy',
  'growth',
  'indicator',
  'year',
  'code',
  'rank',
  'trade',
  'amount',
  'province',
  'prefecture',
  'area',
];
const SUBHEADER_WORDS = [
  '金额',
  '同比',
  '增长',
  '增速',
  '增幅',
  '比重',
  '占比',
  '%',
  '亿元',
  '万元',
  '美元',
  '累计',
  '本年',
  '上年',
  'value',
  'amount',
  'yoy',
  'growth',
  'share',
  'change',
  'y/y',
];
/** First characters a footnote can start with (a quick test before the full pattern). */
const FOOTNOTE_START = /^[\s\u3000注说资数来备附nNsS]/;
const FOOTNOTE =
  /^(注|说明|资料来源|数据来源|来源|备注|附注|附:|note|notes|source|sources)\s*[:：.．、1-9]?/i;
const TOTALS =
  /^(全省|全市|全区|全国|中国|合计|总计|总值|总额|全省合计|全省总计|本省|全国合计|全国总计|total|grandtotal|sum|alltotal|all|china|national|nationwide)$|(合计|总计)$/;

const isBlank = (cell: string): boolean => cell.trim() === '';

/** Numbers (and missing marks like "—") look like data; a header row has neither. */
function looksLikeValue(cell: string): boolean {
  if (isBlank(cell)) return false;
  const text = tidyText(cell);
  // Year labels ("2025", "2025年") are common in headers and are not data.
  if (/^(19|20)\d{2}年?$/.test(text)) return false;
  return parseNumberCell(cell).kind !== 'invalid';
}

function containsAny(cell: string, words: readonly string[]): boolean {
  const label = normaliseLabel(cell);
  return words.some((w) => label.includes(w));
}

function headerScore(row: readonly string[]): number {
  return row.filter((c) => !isBlank(c) && !looksLikeValue(c) && containsAny(c, HEADER_WORDS))
    .length;
}

const nonBlankCount = (row: readonly string[]): number => row.filter((c) => !isBlank(c)).length;

function findHeaderTop(rows: readonly string[][]): number | null {
  const limit = Math.min(rows.length, 30);
  for (let r = 0; r < limit; r++) {
    if (nonBlankCount(rows[r]!) >= 2 && headerScore(rows[r]!) >= 2) return r;
  }
  // No keyword header: accept the first all-text row that is directly followed by numbers.
  for (let r = 0; r < limit - 1; r++) {
    const row = rows[r]!;
    const next = rows[r + 1]!;
    if (nonBlankCount(row) >= 2 && !row.some(looksLikeValue) && next.some(looksLikeValue)) return r;
  }
  return null;
}

function isContinuation(top: readonly string[], row: readonly string[] | undefined): boolean {
  if (!row || nonBlankCount(row) === 0 || row.some(looksLikeValue)) return false;
  if (row.some((c) => !isBlank(c) && containsAny(c, SUBHEADER_WORDS))) return true;
  // Text under a blank top cell means the top row had merged cells over sub-columns.
  return row.some((c, i) => !isBlank(c) && isBlank(top[i] ?? ''));
}

/** A merged range of an xlsx sheet, 0-based and inclusive (A1:G1 → 0,0,0,6). */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Join header rows per column, carrying merged group labels (进出口 over 金额|同比) rightwards. */
function combineHeaders(headerRows: readonly string[][], width: number): string[] {
  const top = headerRows[0]!;
  const below = headerRows.slice(1);
  const hasSub = (c: number): boolean => below.some((r) => !isBlank(r[c] ?? ''));
  const carried: string[] = [];
  let group: string | null = null;
  for (let c = 0; c < width; c++) {
    const own = tidyText(top[c] ?? '');
    if (own !== '') {
      carried.push(own);
      group = hasSub(c) ? own : null;
    } else {
      carried.push(group !== null && hasSub(c) ? group : '');
    }
  }
  return carried.map((label, c) =>
    [label, ...below.map((r) => tidyText(r[c] ?? ''))].filter((s) => s !== '').join(' '),
  );
}

/**
 * Header rows with each merged range's text copied into every cell it covers, as Excel shows it:
 * the workbook says which cells a label spans, so nothing is guessed. A label merged down over
 * several header rows is kept once.
 */
function headersFromMerges(
  rows: readonly string[][],
  headerRows: readonly number[],
  merges: readonly MergeRange[],
  width: number,
): string[] {
  const grid = headerRows.map((r) => Array.from({ length: width }, (_, c) => rows[r]![c] ?? ''));
  for (const m of merges) {
    const text = rows[m.top]?.[m.left] ?? '';
    if (text === '') continue;
    for (let i = 0; i < headerRows.length; i++) {
      const r = headerRows[i]!;
      if (r < m.top || r > m.bottom) continue;
      for (let c = m.left; c <= Math.min(m.right, width - 1); c++) grid[i]![c] = text;
    }
  }
  return Array.from({ length: width }, (_, c) => {
    const labels: string[] = [];
    for (const row of grid) {
      const text = tidyText(row[c] ?? '');
      if (text !== '' && labels[labels.length - 1] !== text) labels.push(text);
    }
    return labels.join(' ');
  });
}

/**
 * Locate title rows, header rows and the start of the body. Null when no header is found. With
 * the sheet's merged ranges (xlsx) header labels follow them; without (CSV) blank cells under a
 * group label take it from the left.
 */
export function findTable(
  rows: readonly string[][],
  merges: readonly MergeRange[] = [],
): TableShape | null {
  const top = findHeaderTop(rows);
  if (top === null) return null;
  const headerRows = [top];
  while (headerRows.length < 3 && isContinuation(rows[top]!, rows[top + headerRows.length])) {
    headerRows.push(top + headerRows.length);
  }
  const bodyStart = top + headerRows.length;
  let width = 0;
  for (let r = top; r < rows.length; r++) {
    const row = rows[r]!;
    let last = row.length - 1;
    while (last >= 0 && isBlank(row[last]!)) last--;
    width = Math.max(width, last + 1);
  }
  const titleRows = Array.from({ length: top }, (_, i) => i);
  const inHeader = merges.filter((m) => m.bottom >= top && m.top < top + headerRows.length);
  const headers =
    inHeader.length > 0
      ? headersFromMerges(rows, headerRows, inHeader, width)
      : combineHeaders(
          headerRows.map((r) => rows[r]!),
          width,
        );
  return { titleRows, headerRows, headers, bodyStart, width };
}

/** True for 全省/合计/Total-style labels. */
/**
 * `normaliseLabel` of a body cell, remembered: the first cell of a row (a place name) repeats row
 * after row, and every row is compared with the header by it. Bounded, and a pure function's.
 */
const labelKeys = new Map<string, string>();
function labelKey(cell: string): string {
  let key = labelKeys.get(cell);
  if (key === undefined) {
    key = normaliseLabel(cell);
    if (labelKeys.size >= 10_000) labelKeys.clear();
    labelKeys.set(cell, key);
  }
  return key;
}

export const isTotalsLabel = (cell: string): boolean =>
  TOTALS.test(normaliseLabel(cleanName(cell)));

/**
 * Classify a row below the header. `afterFootnote` lets one-cell continuation lines of a note
 * ("1. 本表数据…") count as footnotes; `headerTop` catches headers repeated on each printed page.
 */
export function classifyBodyRow(
  row: readonly string[],
  nameIndex: number | null,
  valueIndexes: readonly number[],
  afterFootnote: boolean,
  headerTop: readonly string[],
  isTotal: (label: string) => boolean = isTotalsLabel,
  /** `headerTop` normalised, when the caller classifies many rows against the same header. */
  headerKeys: readonly string[] = headerTop.map(normaliseLabel),
): RowKind {
  // Runs once per row of files with a million rows: no allocation on the common path.
  let filled = 0;
  let first = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (c.length === 0 || isBlank(c)) continue;
    if (filled === 0) first = c;
    filled++;
  }
  if (filled === 0) return 'blank';
  if (FOOTNOTE_START.test(first) && FOOTNOTE.test(tidyText(first))) return 'footnote';
  if (afterFootnote && filled === 1) return 'footnote';
  // Cheap exact test first: a repeated header is almost always byte-identical.
  if (row[0] === headerTop[0] || labelKey(row[0] ?? '') === headerKeys[0]) {
    const same =
      headerTop.every((h, i) => h === (row[i] ?? '')) ||
      (filled === headerKeys.filter((h) => h !== '').length &&
        headerKeys.every((h, i) => h === labelKey(row[i] ?? '')));
    if (same) return 'header';
  }
  const label = nameIndex !== null ? (row[nameIndex] ?? '') : first;
  if (isTotal(label)) return 'total';
  // A label with no values at all is a section heading ("一、珠三角"), not a data row.
  if (valueIndexes.length > 0 && valueIndexes.every((i) => isBlank(row[i] ?? ''))) return 'title';
  return 'data';
}
