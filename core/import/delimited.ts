/**
 * Text → rows for CSV/TSV, fed chunk by chunk so no file is ever held as one grid. A small RFC 4180
 * parser written here rather than csv-parse or PapaParse: their type declarations reference Node
 * types (`/// <reference types="node" />`), which would leak Node into core/'s type-check, and
 * neither takes text pushed in pieces from a decoder. Lines without quotes take a split() fast
 * path. The parser is lenient where Excel exports are sloppy (stray quotes, ragged rows).
 */

export const DELIMITER_CANDIDATES = [',', '\t', ';', '|'] as const;

/** A quoted cell longer than this (Excel's own cell limit, ×2) is taken as an unclosed quote. */
const MAX_QUOTED = 65_536;

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

export interface DelimitedEvents {
  /** One record; `row` is its 1-based number as a spreadsheet shows it. Return false to stop. */
  row(cells: string[], row: number): boolean;
  /** A quote opened a cell and never closed (read literally from there on). */
  unclosedQuote(row: number, column: number): void;
}

/**
 * An incremental parser: `feed` text as it is decoded, then `end`. Row i (1-based) is record i of
 * the file. Trailing blank lines are passed on like any other row (the caller skips blanks).
 */
export class DelimitedParser {
  private buffer = '';
  private rowNumber = 0;
  private delimiter: string | null;
  private quotesOff = false;
  private stopped = false;
  /** Text seen before the delimiter is known (the first 64 KB decide it). */
  private pending = '';

  constructor(
    private readonly events: DelimitedEvents,
    delimiter?: string,
  ) {
    this.delimiter = delimiter ?? null;
  }

  get delimiterUsed(): string {
    return this.delimiter ?? ',';
  }

  get done(): boolean {
    return this.stopped;
  }

  feed(text: string): void {
    if (this.stopped) return;
    if (this.delimiter === null) {
      this.pending += text;
      if (this.pending.length < 64 * 1024) return;
      this.delimiter = detectDelimiter(this.pending);
      text = this.pending;
      this.pending = '';
    }
    this.buffer = this.buffer.length > 0 ? this.buffer + text : text;
    this.consume(false);
  }

  end(): void {
    if (this.stopped) return;
    if (this.delimiter === null) {
      this.delimiter = detectDelimiter(this.pending);
      this.buffer = this.pending;
      this.pending = '';
    }
    this.consume(true);
    this.buffer = '';
  }

  private emit(cells: string[]): boolean {
    this.rowNumber++;
    if (!this.events.row(cells, this.rowNumber)) this.stopped = true;
    return !this.stopped;
  }

  /** Parse every complete record in the buffer; keep the incomplete tail for the next chunk. */
  private consume(final: boolean): void {
    const text = this.buffer;
    const n = text.length;
    const d = this.delimiter!;
    let i = 0;
    // Where the next quote is: searched once and reused until passed, since most files have
    // none and searching per line would rescan the whole chunk every line.
    let nextQuote = -2;
    while (i < n && !this.stopped) {
      let newline = text.indexOf('\n', i);
      if (newline < 0) {
        // A file that ends lines with a bare CR (old Mac exports).
        const cr = text.indexOf('\r', i);
        if (cr >= 0 && cr < n - 1) newline = cr;
      }
      if (newline < 0 && !final) break;
      const lineEnd = newline < 0 ? n : newline;
      if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
      const quote = this.quotesOff ? -1 : nextQuote;
      if (quote < 0 || quote >= lineEnd) {
        // Fast path: no quote on this line.
        const stop = lineEnd > i && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
        this.emit(text.slice(i, stop).split(d));
        i = newline < 0 ? n : newline + 1;
        continue;
      }
      const next = this.quotedRecord(text, i, final);
      if (next < 0) break; // needs more text
      i = next;
    }
    this.buffer = i >= n ? '' : text.slice(i);
  }

  /**
   * One record that holds a quote, character by character from `start`. Returns where the next
   * record begins, or -1 when the record may continue in text not yet fed.
   */
  private quotedRecord(text: string, start: number, final: boolean): number {
    const d = this.delimiter!;
    const n = text.length;
    const row: string[] = [];
    let i = start;
    for (;;) {
      let field: string;
      if (text[i] === '"' && !this.quotesOff) {
        const parts: string[] = [];
        let j = i + 1;
        let closed = false;
        while (j < n) {
          const q = text.indexOf('"', j);
          if (q < 0 || q - i > MAX_QUOTED) break;
          parts.push(text.slice(j, q));
          if (q + 1 >= n && !final) return -1; // "" may be split across chunks
          if (text[q + 1] === '"') {
            parts.push('"');
            j = q + 2;
            continue;
          }
          j = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          if (!final && n - i <= MAX_QUOTED) return -1;
          // Never closed: every later quote is taken literally, as a reader in Excel would see it.
          this.quotesOff = true;
          this.events.unclosedQuote(this.rowNumber + 1, row.length);
          return this.quotedRecord(text, start, final);
        }
        field = parts.join('');
        i = j;
        // Lenient: `"abc"def` keeps the trailing text instead of failing the whole file.
        const end = this.fieldEnd(text, i);
        if (end === n && !final) return -1;
        field += text.slice(i, end);
        i = end;
      } else {
        const end = this.fieldEnd(text, i);
        if (end === n && !final) return -1;
        field = text.slice(i, end);
        i = end;
      }
      row.push(field);
      if (i >= n) {
        this.emit(row);
        return n;
      }
      const ch = text[i];
      if (ch === d) {
        i++;
        if (i >= n && final) {
          row.push('');
          this.emit(row);
          return n;
        }
        continue;
      }
      // A line break ends the record; a CR at the end of the text may be half of a CRLF.
      if (ch === '\r' && i + 1 >= n && !final) return -1;
      if (ch === '\r' && text[i + 1] === '\n') i += 2;
      else i += 1;
      this.emit(row);
      return i;
    }
  }

  /** Index of the next delimiter or line break at or after `from` (n when there is none). */
  private fieldEnd(text: string, from: number): number {
    const d = this.delimiter!;
    for (let i = from; i < text.length; i++) {
      const ch = text[i];
      if (ch === d || ch === '\n' || ch === '\r') return i;
    }
    return text.length;
  }
}

/** Parse a whole text at once (small inputs): rows without trailing blank lines. */
export function parseDelimited(
  text: string,
  _fileName = '',
  options: { delimiter?: string } = {},
): { rows: string[][]; delimiter: string; unclosed: { row: number; column: number }[] } {
  const rows: string[][] = [];
  const unclosed: { row: number; column: number }[] = [];
  const parser = new DelimitedParser(
    {
      row: (cells) => {
        rows.push(cells);
        return true;
      },
      unclosedQuote: (row, column) => unclosed.push({ row, column }),
    },
    options.delimiter,
  );
  parser.feed(text);
  parser.end();
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  return { rows, delimiter: parser.delimiterUsed, unclosed };
}
