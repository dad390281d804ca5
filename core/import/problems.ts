/**
 * Building problems: a code, typed parameters and the address (row, column) — analysts fix the
 * file in Excel, so every problem carries where it is; `problem-text.ts` words it.
 */
import type { Adcode, Level } from '../model';
import type { EntityRef, ProblemParamMap } from './problem-codes';
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

/** Make a problem at its place; the words come later, from `problem-text.ts`. */
export function makeProblem<C extends ProblemCode>(
  severity: Severity,
  code: C,
  place: ProblemPlace,
  params: ProblemParamMap[C],
): ImportProblem {
  const letter = place.columnIndex != null ? columnLetter(place.columnIndex) : null;
  const column = place.header && place.header.length > 0 ? place.header : letter;
  return { severity, row: place.row ?? null, column, letter, code, params } as ImportProblem;
}

/** An entity as problems name it: code and both names. */
export const entityRef = (e: {
  code: Adcode;
  shortZh: string;
  nameEn: string;
  level: Level;
}): EntityRef => ({ code: e.code, zh: e.shortZh, en: e.nameEn, level: e.level });

/** True when any problem is an error (used to decide whether figures can be offered at all). */
export const hasError = (problems: readonly ImportProblem[]): boolean =>
  problems.some((p) => p.severity === 'error');

/**
 * Append in place. `target.push(...items)` passes every item as an argument and overflows the
 * stack on files with hundreds of thousands of problems.
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
