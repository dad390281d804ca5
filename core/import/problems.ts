/**
 * Building problems with a consistent location prefix, so every message names the file and, where
 * one applies, the row and column — analysts fix the file in Excel, so they need the address.
 */
import type { ImportProblem, ProblemCode, Severity } from './types';

/** 0-based column index → spreadsheet letter (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Spreadsheet letter → 0-based index, or null when the text is not a column letter. */
export function columnIndexOfLetter(letter: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letter)) return null;
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Where a problem is: file name, and optionally 1-based row and a column. */
export interface ProblemPlace {
  file: string;
  row?: number | null;
  /** 0-based column index. */
  columnIndex?: number | null;
  header?: string | null;
}

function describePlace(place: ProblemPlace): string {
  const parts = [place.file];
  if (place.row != null) parts.push(`row ${place.row}`);
  if (place.columnIndex != null) {
    const letter = columnLetter(place.columnIndex);
    parts.push(place.header ? `column ${letter} (${place.header})` : `column ${letter}`);
  } else if (place.header) {
    parts.push(`column "${place.header}"`);
  }
  return parts.join(', ');
}

/** Make a problem whose message starts with its place, e.g. "a.csv, row 7, column C (出口): …". */
export function makeProblem(
  severity: Severity,
  code: ProblemCode,
  place: ProblemPlace,
  text: string,
): ImportProblem {
  const column =
    place.header && place.header.length > 0
      ? place.header
      : place.columnIndex != null
        ? columnLetter(place.columnIndex)
        : null;
  return {
    severity,
    row: place.row ?? null,
    column,
    code,
    message: `${describePlace(place)}: ${text}`,
  };
}

/** True when any problem is an error (used to decide whether figures can be offered at all). */
export const hasError = (problems: readonly ImportProblem[]): boolean =>
  problems.some((p) => p.severity === 'error');

/** Format a number for messages without float noise (4987.900000000001 → "4,987.9"). */
export function formatNumber(value: number): string {
  const rounded = Number(value.toPrecision(10));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/**
 * Append in place. `target.push(...items)` passes every item as an argument and overflows the
 * stack on files with hundreds of thousands of problems.
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
