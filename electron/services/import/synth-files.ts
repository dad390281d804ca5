/**
 * Test fixtures as files, made by code: customs-style tables (from core/import/synth.ts) encoded
 * as CSV in any encoding, written as .xlsx with merged header cells, and hostile archives.
 * Used only by tests; kept out of *.test.ts so several test files can share it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';
import { zipSync } from 'fflate';
import {
  type ImportFile,
  type ImportInput,
  rowsToDelimited,
  synthCustomsTable,
  type SynthTableOptions,
} from '../../../core/import';

/** A file the reader accepted → the pipeline's input (a byte source, or a workbook to stream). */
export const inputOf = (file: ImportFile): ImportInput =>
  file.kind === 'csv'
    ? { fileName: file.fileName, source: file.source }
    : { fileName: file.fileName, workbook: file.workbook };

export type FixtureEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Text → bytes in one of the encodings Chinese statistics offices actually send. */
export function encodeText(text: string, encoding: FixtureEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new Uint8Array(Buffer.from(text, 'utf8'));
    case 'utf-8-bom':
      return new Uint8Array(
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      );
    case 'gb18030':
      return new Uint8Array(iconv.encode(text, 'gb18030'));
    case 'utf-16le':
      return new Uint8Array(
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      );
    case 'utf-16be':
      return new Uint8Array(
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      );
  }
}

export interface SynthCsvOptions extends SynthTableOptions {
  encoding?: FixtureEncoding;
  delimiter?: string;
  /** Change the rows after synthesis (inject bad cells, duplicates…). */
  edit?: (rows: string[][]) => string[][];
}

/** A customs table as CSV bytes (GB18030 without BOM by default, like Chinese Excel exports). */
export function synthCustomsCsv(options: SynthCsvOptions = {}): Uint8Array {
  const rows = (options.edit ?? ((r) => r))(synthCustomsTable(options));
  return encodeText(rowsToDelimited(rows, options.delimiter ?? ','), options.encoding ?? 'gb18030');
}

export interface SynthXlsxOptions extends SynthTableOptions {
  sheetName?: string;
  /** Merge the title across the table and the group headers over their sub-columns. */
  merged?: boolean;
  /** 1-based row and column of a cell to replace with a formula (saved without a result). */
  formulaAt?: { row: number; column: number; formula: string };
  edit?: (rows: string[][]) => string[][];
  extraSheets?: { name: string; rows: string[][] }[];
}

/** Numbers stay numbers in xlsx, as in a real workbook; the rest are strings. */
function toCell(text: string): Cell {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text === '' ? null : text;
}

/** A customs table as .xlsx bytes, via write-excel-file (a real workbook, not a blob). */
export async function synthXlsx(options: SynthXlsxOptions = {}): Promise<Uint8Array> {
  const rows = (options.edit ?? ((r) => r))(synthCustomsTable(options));
  const data: SheetData = rows.map((row, r) =>
    row.map((text, c): Cell => {
      if (
        options.formulaAt &&
        options.formulaAt.row === r + 1 &&
        options.formulaAt.column === c + 1
      ) {
        return { type: 'Formula', value: options.formulaAt.formula };
      }
      if (!options.merged || text === '') return toCell(text);
      const next = row[c + 1];
      if (r === 0 && c === 0 && row.slice(1).every((t) => t === ''))
        return { value: text, columnSpan: row.length };
      // A group header over a blank neighbour spans two columns, as 进出口 over 金额|同比.
      if (
        next === '' &&
        rows[r + 1]?.[c] !== undefined &&
        rows[r + 1]?.[c] !== '' &&
        /进出口|出口|进口|Total|Exports|Imports/.test(text)
      ) {
        return { value: text, columnSpan: 2 };
      }
      return toCell(text);
    }),
  );
  const sheets = [
    { sheet: options.sheetName ?? String(options.year ?? 2025), data },
    ...(options.extraSheets ?? []).map((s) => ({
      sheet: s.name,
      data: s.rows.map((r) => r.map(toCell)),
    })),
  ];
  const buffer = await writeXlsxFile(sheets).toBuffer();
  return new Uint8Array(buffer);
}

/** A zip whose one part inflates `ratio`-fold: a classic compression bomb, kept small on disk. */
export function synthZipBomb(uncompressedBytes: number): Uint8Array {
  return zipSync(
    {
      'xl/workbook.xml': new Uint8Array(10),
      'xl/worksheets/sheet1.xml': new Uint8Array(uncompressedBytes),
    },
    { level: 9 },
  );
}

/** A fresh temp folder per test file, so tests never share or leave state in the project. */
export async function tempFolder(prefix = 'cta-import-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Write bytes to `folder/name` and return the path. */
export async function writeFixture(
  folder: string,
  name: string,
  bytes: Uint8Array | string,
): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, bytes);
  return path;
}
