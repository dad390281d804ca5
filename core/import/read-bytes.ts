/**
 * A chosen file → what `runImport` reads: CSV/TSV bytes, or an .xlsx workbook opened for
 * streaming. Checks size, file type (legacy .xls, PDF, pictures and other binary files, damaged
 * zips), zip bombs and sheet coordinates before any parser runs. Pure: the renderer's worker and
 * the main process run exactly this, so a preview and its commit read the same rows.
 */
import { bytesSource, type ByteSource } from './byte-source';
import { bomEncoding, guessBomlessUtf16 } from './decode';
import { makeProblem } from './problems';
import type { ReadErrorCode } from './problem-codes';
import type { ImportProblem } from './types';
import type { WorkbookSource } from './xlsx-reader';
import type { ZipLimits } from './zip-guard';

export interface ReadLimits extends ZipLimits {
  maxFileBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxDecompressedBytes: 500 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioExemptBytes: 10 * 1024 * 1024,
  maxCells: 5_000_000,
  maxClaimedCells: 20_000_000,
  maxRows: 1_000_000,
};

export type { ReadErrorCode } from './problem-codes';

export type ImportFile =
  | { kind: 'csv'; fileName: string; source: ByteSource }
  | { kind: 'xlsx'; fileName: string; workbook: WorkbookSource };

/** A refusal is one error problem (a ReadErrorCode); notes are info problems. */
export type ReadResult =
  | { ok: true; value: ImportFile; notes: ImportProblem[] }
  | { ok: false; error: ImportProblem & { code: ReadErrorCode } };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/** Text tables have no control bytes other than tab/CR/LF near the start (UTF-16 aside). */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes) !== null || guessBomlessUtf16(bytes) !== null) return true;
  const sample = bytes.subarray(0, 4096);
  return !sample.some((b) => b < 0x09 || (b > 0x0d && b < 0x20));
}

export function refusal<C extends ReadErrorCode>(
  code: C,
  params: Parameters<typeof makeProblem<C>>[3],
): ReadResult {
  return {
    ok: false,
    error: makeProblem('error', code, { file: '' }, params) as ImportProblem & {
      code: ReadErrorCode;
    },
  };
}

/**
 * The zip and workbook readers (fflate, sax) are loaded only when a workbook is read: a CSV
 * import, and every other command of the CLI, starts without them.
 */
async function readWorkbook(bytes: Uint8Array, limits: ReadLimits): Promise<ReadResult> {
  const [{ inspectZip }, { openWorkbook }] = await Promise.all([
    import('./zip-guard'),
    import('./xlsx-reader'),
  ]);
  const verdict = inspectZip(bytes, limits);
  if (!verdict.ok) {
    const { ok: _ok, code, ...params } = verdict;
    return refusal(code, params);
  }
  if (!verdict.value.entries.some((e) => e.name === 'xl/workbook.xml'))
    return refusal('not_a_workbook', {});
  const merges = new Map([...verdict.value.sheets].map(([part, scan]) => [part, scan.merges]));
  try {
    return {
      ok: true,
      notes: [],
      value: { kind: 'xlsx', fileName: '', workbook: openWorkbook(bytes, merges) },
    };
  } catch (error) {
    return refusal('read_failed', { detail: (error as Error).message.slice(0, 200) });
  }
}

const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
};

/**
 * Read a table file for import. The content decides the kind, not the extension (a CSV renamed
 * .xlsx is still read, with a note); .xls, PDF and other binary files are refused. A CSV is only
 * looked at here (its first 4 KB); it is read in chunks later. A workbook is read whole, since a
 * zip's directory is at its end.
 */
export async function readImportSource(
  source: ByteSource,
  fileName: string,
  limits: Partial<ReadLimits> = {},
): Promise<ReadResult> {
  const all = { ...DEFAULT_READ_LIMITS, ...limits };
  if (source.size > all.maxFileBytes)
    return refusal('too_large', { size: source.size, limit: all.maxFileBytes });
  if (source.size === 0) return refusal('empty', {});
  const head = await source.read(0, 4096);
  const extension = extensionOf(fileName);
  if (startsWith(head, OLE_MAGIC)) return refusal('legacy_xls', {});
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return refusal('pdf', {});
  if (startsWith(head, [0x50, 0x4b])) {
    const result = await readWorkbook(await source.read(0, source.size), all);
    if (!result.ok) return result;
    result.value.fileName = fileName;
    if (extension !== '.xlsx' && extension !== '.xlsm')
      result.notes.push(
        makeProblem(
          'info',
          'extension_mismatch',
          { file: fileName },
          { extension, readAs: 'xlsx' },
        ),
      );
    return result;
  }
  if (!looksLikeText(head)) {
    if (extension === '.xlsx' || extension === '.xlsm')
      return refusal('truncated', { detail: 'it is neither a zip archive nor text' });
    return refusal('not_a_table', {});
  }
  const notes =
    extension === '.xlsx' || extension === '.xls'
      ? [
          makeProblem(
            'info',
            'extension_mismatch',
            { file: fileName },
            { extension, readAs: 'csv' },
          ),
        ]
      : [];
  return { ok: true, notes, value: { kind: 'csv', fileName, source } };
}

/** The same, for bytes already in memory. */
export const readImportBytes = (
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ReadLimits> = {},
): Promise<ReadResult> => readImportSource(bytesSource(bytes), fileName, limits);
