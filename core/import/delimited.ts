/**
 * Text → rows for CSV/TSV. A small RFC 4180 parser written here rather than csv-parse: the
 * declarations of `csv-parse/browser/esm/sync` reference Node types (`/// <reference types="node" />`,
 * `Buffer`), which would leak Node into core/'s type-check, and its bundle carries a Buffer
 * polyfill. The parser is lenient where Excel exports are sloppy (stray quotes, ragged rows).
 */
import { makeProblem } from './problems';
import type { ImportProblem } from './types';

export const DELIMITER_CANDIDATES = [',', '\t', ';', '|'] as const;

export interface DelimitedTable {
  rows: string[][];
  delimiter: string;
  problems: ImportProblem[];
}

/** Count delimiter characters outside quotes in one line (quotes toggle, as in RFC 4180). */
function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) count++;
  }
  return count;
}

/**
 * Choose the delimiter that splits the first lines most consistently: title rows have none or
 * trailing commas only, so the most frequent non-zero count across lines wins, not the total.
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/, 40)
    .filter((l) => l.trim() !== '');
  let best: string = ',';
  let bestScore = 0;
  for (const candidate of DELIMITER_CANDIDATES) {
    const frequency = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, candidate);
      if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [count, lineCount] of frequency) score = Math.max(score, lineCount * 10 + count);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Parse delimited text into rows of strings. Empty trailing lines are dropped; row i of the result
 * is record i+1 of the file (what a spreadsheet shows as row i+1).
 */
export function parseDelimited(
  text: string,
  fileName: string,
  options: { delimiter?: string } = {},
): DelimitedTable {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const problems: ImportProblem[] = [];
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  // Once an opening quote is found never to close, every later quote is taken literally: by then
  // no lone closing quote exists further on, and rescanning for one would cost O(n²).
  let quotesOff = false;

  const endRow = (): void => {
    rows.push(row);
    row = [];
  };

  while (i < n) {
    let field: string;
    if (text[i] === '"' && !quotesOff) {
      const start = i;
      let j = i + 1;
      let closed = false;
      const parts: string[] = [];
      while (j < n) {
        const q = text.indexOf('"', j);
        if (q < 0) break;
        parts.push(text.slice(j, q));
        if (text[q + 1] === '"') {
          parts.push('"');
          j = q + 2;
          continue;
        }
        j = q + 1;
        closed = true;
        break;
      }
      if (closed) {
        field = parts.join('');
        i = j;
        // Lenient: `"abc"def` keeps the trailing text instead of failing the whole file.
        while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          field += text[i];
          i++;
        }
      } else {
        quotesOff = true;
        problems.push(
          makeProblem(
            'warning',
            'unclosed_quote',
            { file: fileName, row: rows.length + 1, columnIndex: row.length },
            'a quote (") opens a cell but is never closed; the quote was read as an ordinary character.',
          ),
        );
        i = start;
        field = readUnquoted();
      }
    } else {
      field = readUnquoted();
    }
    row.push(field);
    if (i >= n) break;
    const ch = text[i];
    if (ch === delimiter) {
      i++;
      if (i >= n) row.push('');
    } else if (ch === '\r') {
      i += text[i + 1] === '\n' ? 2 : 1;
      endRow();
    } else if (ch === '\n') {
      i++;
      endRow();
    }
  }
  if (row.length > 0) endRow();
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  return { rows, delimiter, problems };

  function readUnquoted(): string {
    const start = i;
    while (i < n) {
      const ch = text[i];
      if (ch === delimiter || ch === '\n' || ch === '\r') break;
      i++;
    }
    return text.slice(start, i);
  }
}
