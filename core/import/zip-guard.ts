/**
 * Zip-bomb and coordinate guard for .xlsx files, run before any sheet is read. Pure (fflate and
 * Uint8Array only), so the renderer's import worker and the Node reader share it. Two passes: the
 * central directory (declared sizes, via fflate's unzipSync with a filter that extracts nothing),
 * then a streaming inflate that counts real output, since a crafted archive can understate sizes.
 * The streaming pass also reads every cell reference a sheet claims: one cell at XFD1048576 claims
 * a grid of 17 billion cells, and a reference past XFD or row 1,048,576 is no spreadsheet's.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import type { ProblemParamMap } from './problem-codes';
import type { MergeRange } from './table-detect';

export interface ZipLimits {
  maxDecompressedBytes: number;
  /** Uncompressed ÷ compressed size above which a large entry is treated as a bomb. */
  maxCompressionRatio: number;
  /** Entries smaller than this are exempt from the ratio check (tiny XML compresses extremely). */
  ratioExemptBytes: number;
  /** Cells a sheet may hold. */
  maxCells: number;
  /** Rows × columns a sheet may claim (its used range), held or not. */
  maxClaimedCells: number;
  maxRows: number;
}

/** What the guard learned of one worksheet part. */
export interface SheetScan {
  rows: number;
  cells: number;
  /** Largest row and column (1-based) any cell, row or merge names. */
  maxRow: number;
  maxCol: number;
  merges: MergeRange[];
}

export interface ZipInspection {
  entries: { name: string; compressed: number; uncompressed: number }[];
  /** Worksheet path (xl/worksheets/sheet1.xml) → what it holds and claims. */
  sheets: Map<string, SheetScan>;
}

/** The refusals the guard gives, each with the parameters its problem code takes. */
type ZipRefusalCode =
  | 'truncated'
  | 'zip_bomb'
  | 'too_many_cells'
  | 'too_many_rows'
  | 'bad_cell_reference'
  | 'sheet_too_large';
type ZipRefusal = {
  [C in ZipRefusalCode]: { ok: false; code: C } & ProblemParamMap[C];
}[ZipRefusalCode];

export type ZipVerdict = { ok: true; value: ZipInspection } | ZipRefusal;

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** Excel's own bounds. */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

interface Utf8Decoder {
  decode(input: Uint8Array, options?: { stream?: boolean }): string;
}
const Decoder = (globalThis as unknown as { TextDecoder: new (label: string) => Utf8Decoder })
  .TextDecoder;
const utf8Decoder = new Decoder('utf-8');

/** Chunks → one string, decoded once (a chunk boundary can split a multi-byte character). */
export function utf8Text(chunks: readonly Uint8Array[]): string {
  let length = 0;
  for (const c of chunks) length += c.length;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    joined.set(c, offset);
    offset += c.length;
  }
  return utf8Decoder.decode(joined);
}

/** "XFD1048576" → [row, column], 1-based; null when it is no spreadsheet reference at all. */
function refBounds(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref);
  if (!m || m[1]!.length > 3 || m[2]!.length > 7) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > EXCEL_ROWS || col > EXCEL_COLUMNS) return null;
  return [row, col];
}

const TAG = /<(row|c|mergeCell)(?:\s[^>]*)?\/?>/g;
const ATTR_R = /\sr="([^"]*)"/;
const ATTR_REF = /\sref="([^"]*)"/;

/** Reads the tags of one worksheet part as it inflates, across chunk boundaries. */
class SheetScanner {
  readonly scan: SheetScan = { rows: 0, cells: 0, maxRow: 0, maxCol: 0, merges: [] };
  bad: string | null = null;
  private readonly decoder = new Decoder('utf-8');
  private carry = '';
  private row = 0;

  feed(chunk: Uint8Array, final: boolean): void {
    const text = this.carry + this.decoder.decode(chunk, { stream: !final });
    const cut = final ? -1 : text.lastIndexOf('<');
    const body = cut < 0 ? text : text.slice(0, cut);
    this.carry = cut < 0 ? '' : text.slice(cut);
    // A tag can never be this long; a carry that keeps growing is not XML we read.
    if (this.carry.length > 1 << 20) this.carry = '';
    for (const m of body.matchAll(TAG)) {
      if (this.bad) return;
      this.tag(m[1]!, m[0]);
    }
  }

  private claim(ref: string): [number, number] | null {
    const at = refBounds(ref);
    if (!at) {
      this.bad = ref.slice(0, 40);
      return null;
    }
    if (at[0] > this.scan.maxRow) this.scan.maxRow = at[0];
    if (at[1] > this.scan.maxCol) this.scan.maxCol = at[1];
    return at;
  }

  private tag(name: string, text: string): void {
    const s = this.scan;
    if (name === 'row') {
      s.rows++;
      const r = ATTR_R.exec(text)?.[1];
      if (r === undefined) this.row++;
      else if (/^\d{1,7}$/.test(r) && Number(r) >= 1 && Number(r) <= EXCEL_ROWS)
        this.row = Number(r);
      else {
        this.bad = r.slice(0, 40);
        return;
      }
      if (this.row > s.maxRow) s.maxRow = this.row;
    } else if (name === 'c') {
      s.cells++;
      const r = ATTR_R.exec(text)?.[1];
      if (r !== undefined) this.claim(r);
      else if (s.maxCol === 0) s.maxCol = 1;
    } else {
      const ref = ATTR_REF.exec(text)?.[1];
      const [from, to] = (ref ?? '').split(':');
      const a = from ? this.claim(from) : null;
      const b = to ? this.claim(to) : a;
      if (a && b)
        s.merges.push({ top: a[0] - 1, left: a[1] - 1, bottom: b[0] - 1, right: b[1] - 1 });
    }
  }
}

/** Inspect an .xlsx archive without trusting it; returns a verdict with a reason on failure. */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits): ZipVerdict {
  const entries: ZipInspection['entries'] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries.push({ name: info.name, compressed: info.size, uncompressed: info.originalSize });
        return false;
      },
    });
  } catch (error) {
    return {
      ok: false,
      code: 'truncated',
      detail: `its zip directory is damaged or missing (${(error as Error).message})`,
    };
  }
  let declared = 0;
  for (const e of entries) {
    declared += e.uncompressed;
    const ratio = e.uncompressed / Math.max(e.compressed, 1);
    if (e.uncompressed > limits.ratioExemptBytes && ratio > limits.maxCompressionRatio) {
      const size = e.uncompressed;
      return {
        ok: false,
        code: 'zip_bomb',
        part: e.name,
        ratio: Math.round(ratio),
        size,
        limit: limits.maxCompressionRatio,
      };
    }
  }
  if (declared > limits.maxDecompressedBytes) {
    return {
      ok: false,
      code: 'zip_bomb',
      part: null,
      ratio: null,
      size: declared,
      limit: limits.maxDecompressedBytes,
    };
  }
  return streamCheck(bytes, entries, limits);
}

function streamCheck(
  bytes: Uint8Array,
  entries: ZipInspection['entries'],
  limits: ZipLimits,
): ZipVerdict {
  const declaredByName = new Map(entries.map((e) => [e.name, e.uncompressed]));
  const inspection: ZipInspection = { entries, sheets: new Map() };
  let produced = 0;
  let failure: ZipVerdict | null = null;
  const unzip = new Unzip((file) => {
    const scanner = WORKSHEET.test(file.name) ? new SheetScanner() : null;
    let entryBytes = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = {
          ok: false,
          code: 'truncated',
          detail: `part "${file.name}" cannot be decompressed (${error.message})`,
        };
        return;
      }
      entryBytes += chunk.length;
      produced += chunk.length;
      const declared = declaredByName.get(file.name) ?? 0;
      if (produced > limits.maxDecompressedBytes || entryBytes > declared + 1024 * 1024) {
        failure = {
          ok: false,
          code: 'zip_bomb',
          part: file.name,
          ratio: null,
          size: produced,
          limit: limits.maxDecompressedBytes,
        };
        file.terminate();
        return;
      }
      if (!scanner) return;
      scanner.feed(chunk, final);
      failure = scannerVerdict(file.name, scanner, limits);
      if (failure) file.terminate();
      else if (final) inspection.sheets.set(file.name, scanner.scan);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    const step = 1024 * 1024;
    for (let offset = 0; offset < bytes.length && !failure; offset += step) {
      unzip.push(bytes.subarray(offset, offset + step), offset + step >= bytes.length);
    }
  } catch (error) {
    failure ??= {
      ok: false,
      code: 'truncated',
      detail: `it cannot be decompressed (${(error as Error).message})`,
    };
  }
  if (failure) return failure;
  let totalCells = 0;
  for (const scan of inspection.sheets.values()) totalCells += scan.cells;
  if (totalCells > limits.maxCells)
    return { ok: false, code: 'too_many_cells', limit: limits.maxCells };
  return { ok: true, value: inspection };
}

/** Stop as soon as a sheet names an impossible cell or claims more than the limits allow. */
function scannerVerdict(part: string, scanner: SheetScanner, limits: ZipLimits): ZipVerdict | null {
  if (scanner.bad !== null)
    return { ok: false, code: 'bad_cell_reference', part, ref: scanner.bad };
  const { maxRow, maxCol, rows } = scanner.scan;
  const claimed = maxRow * maxCol;
  if (claimed > limits.maxClaimedCells) {
    let letters = '';
    for (let n = maxCol; n > 0; n = Math.floor((n - 1) / 26))
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return {
      ok: false,
      code: 'sheet_too_large',
      part,
      rows: maxRow,
      columns: maxCol,
      cells: claimed,
      limit: limits.maxClaimedCells,
      ref: `${letters}${maxRow}`,
    };
  }
  if (rows > limits.maxRows || maxRow > limits.maxRows)
    return { ok: false, code: 'too_many_rows', limit: limits.maxRows };
  return null;
}
