/**
 * The import pipeline: rows → table shape → column mapping → numbers → entities → checks.
 * `runImport` never throws on bad input: everything wrong with a file comes back as problems,
 * and figures are offered only when no file-level error remains. CSV is decoded and parsed in
 * chunks and xlsx sheets are streamed, so memory follows the figures, not the file.
 */
import type { ByteSource } from './byte-source';
import { bytesSource } from './byte-source';
import {
  controlShare,
  createChunkDecoder,
  danglingUtf8,
  DecodeFailed,
  decodeAttempts,
} from './decode';
import { DelimitedParser } from './delimited';
import { ImportRun, type ImportContext } from './import-run';
import { makeProblem } from './problems';
import { cellText, pickSheet, type SheetInput } from './sheet-rows';
import { findTable } from './table-detect';
import type { ImportOverrides, ImportProblem, ImportReport, RawCell } from './types';
import type { WorkbookSource } from './xlsx-reader';

export type { ImportContext } from './import-run';

export interface ImportInput {
  fileName: string;
  /** CSV/TSV bytes in memory. */
  bytes?: Uint8Array;
  /** CSV/TSV bytes read on demand (a file on disk, a File in the browser). */
  source?: ByteSource;
  /** A ready grid (e.g. one sheet read elsewhere). */
  rows?: RawCell[][];
  /** Sheets already in memory; `sheetName` picks one, else the first with a table. */
  sheets?: SheetInput[];
  /** An .xlsx workbook, read sheet by sheet as a stream. */
  workbook?: WorkbookSource;
  sheetName?: string;
  overrides?: ImportOverrides;
}

export type ImportStage = 'reading' | 'parsing' | 'checking';

/** Progress of a long import: stage and fraction of the input read (0–1). */
export interface RunControl {
  onProgress?(stage: ImportStage, fraction: number): void;
  /** Read only the head of the table (shape, mapping, unit in the title): a recipe's first pass. */
  headOnly?: boolean;
}

const CHUNK_BYTES = 1 << 20;

/** Run the whole pipeline on one file. The same input always gives the same report. */
export async function runImport(
  input: ImportInput,
  context: ImportContext,
  control: RunControl = {},
): Promise<ImportReport> {
  const file = input.fileName;
  const overrides = input.overrides ?? {};
  const base = { file, overrides, context, headOnly: control.headOnly ?? false };
  if (input.bytes || input.source) {
    const source = input.source ?? bytesSource(input.bytes!);
    return importDelimited(source, base, control);
  }
  if (input.workbook) return importWorkbook(input.workbook, input.sheetName, base, control);
  if (input.sheets) {
    const picked = pickSheet(input.sheets, input.sheetName, file);
    if (!picked.sheet)
      return new ImportRun({ ...base, sheet: null, encoding: null }).finish(picked.problems);
    const sheet = picked.sheet;
    const run = new ImportRun({
      ...base,
      sheet: sheet.name,
      encoding: null,
      merges: sheet.merges ?? [],
      uncachedFormulas: new Set(sheet.uncachedFormulas ?? []),
    });
    pushGrid(run, sheet.rows);
    return run.finish();
  }
  const run = new ImportRun({ ...base, sheet: input.sheetName ?? null, encoding: null });
  pushGrid(run, input.rows ?? []);
  return run.finish();
}

function pushGrid(run: ImportRun, rows: readonly RawCell[][]): void {
  for (const row of rows) {
    // Array.from, not map: sparse rows from readers have holes that map would keep.
    if (!run.push(Array.from(row ?? [], cellText))) break;
  }
}

type RunBase = {
  file: string;
  overrides: ImportOverrides;
  context: ImportContext;
  headOnly: boolean;
};

/** CSV/TSV: decode chunk by chunk, trying the next encoding when a strict one fails. */
async function importDelimited(
  source: ByteSource,
  base: RunBase,
  control: RunControl,
): Promise<ImportReport> {
  const { file } = base;
  const head = await source.read(0, Math.min(source.size, 64 * 1024));
  for (const attempt of decodeAttempts(head, base.overrides.encoding)) {
    const run = new ImportRun({ ...base, sheet: null, encoding: attempt.encoding });
    const problems: ImportProblem[] = [];
    const parser = new DelimitedParser({
      row: (cells) => run.push(cells),
      unclosedQuote: (row, column) =>
        problems.push(
          makeProblem('warning', 'unclosed_quote', { file, row, columnIndex: column }, {}),
        ),
    });
    const decoder = createChunkDecoder(attempt);
    try {
      for (let offset = 0; offset < source.size && !parser.done; offset += CHUNK_BYTES) {
        const chunk = await source.read(offset, CHUNK_BYTES);
        const last = offset + CHUNK_BYTES >= source.size;
        const cut = last && attempt.fatal && attempt.encoding === 'utf-8' ? danglingUtf8(chunk) : 0;
        const text = decoder.push(chunk, last, cut);
        // Control characters in more than 1% of the text mean this is not a table (a zip, a
        // picture, a Word file renamed to .csv); parsing it would only flood the report.
        if (offset === 0 && controlShare(text, attempt.via !== 'override') > 0.01) {
          return new ImportRun({ ...base, sheet: null, encoding: attempt.encoding }).finish([
            makeProblem('error', 'binary_file', { file }, {}),
          ]);
        }
        if (cut > 0)
          problems.push(makeProblem('warning', 'encoding_truncated', { file }, { bytes: cut }));
        parser.feed(text);
        control.onProgress?.('parsing', Math.min(1, (offset + chunk.length) / source.size));
      }
      parser.end();
    } catch (error) {
      if (error instanceof DecodeFailed) continue;
      throw error;
    }
    const replaced = decoder.replaced();
    if (attempt.via === 'override' && replaced > 0) {
      const bom = decodeAttempts(head)[0]!;
      problems.push(
        makeProblem(
          'warning',
          'encoding_replaced',
          { file },
          {
            count: replaced,
            encoding: attempt.encoding,
            bom: bom.via === 'bom' ? bom.encoding : null,
          },
        ),
      );
    }
    if (attempt.via === 'fallback')
      problems.push(makeProblem('warning', 'encoding_fallback', { file }, { replaced }));
    control.onProgress?.('checking', 1);
    return run.finish(problems);
  }
  throw new Error('unreachable: the last decoding attempt is lenient');
}

/** xlsx: choose the sheet (the one named, else the first with a table), then stream it. */
async function importWorkbook(
  workbook: WorkbookSource,
  wanted: string | undefined,
  base: RunBase,
  control: RunControl,
): Promise<ImportReport> {
  const { file } = base;
  let name: string | null = null;
  if (wanted !== undefined) {
    name =
      workbook.sheets.find((s) => s === wanted) ??
      workbook.sheets.find((s) => s.trim() === wanted.trim()) ??
      null;
    if (name === null) {
      const problem = makeProblem(
        'error',
        'sheet_not_found',
        { file },
        { sheet: wanted, sheets: [...workbook.sheets] },
      );
      return new ImportRun({ ...base, sheet: null, encoding: null }).finish([problem]);
    }
  } else {
    for (const sheet of workbook.sheets) {
      const sample: string[][] = [];
      workbook.readSheet(sheet, (cells) => {
        sample.push(cells.map((c) => c.slice(0, 200)));
        return sample.length < 40;
      });
      if (findTable(sample)) {
        name = sheet;
        break;
      }
    }
    name ??= workbook.sheets[0] ?? null;
  }
  if (name === null) {
    return new ImportRun({ ...base, sheet: null, encoding: null }).finish([
      makeProblem('error', 'empty_file', { file }, {}),
    ]);
  }
  // Filled by the reader as it meets formula cells saved without a result, row by row.
  const uncached = new Set<string>();
  const run = new ImportRun({
    ...base,
    sheet: name,
    encoding: null,
    merges: workbook.facts(name).merges,
    uncachedFormulas: uncached,
  });
  workbook.readSheet(
    name,
    (cells) => run.push(cells),
    (fraction) => control.onProgress?.('parsing', fraction),
    uncached,
  );
  control.onProgress?.('checking', 1);
  return run.finish();
}
