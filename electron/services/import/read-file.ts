/**
 * Path or bytes → what the core import pipeline takes, in Node. The checks and the xlsx handling
 * live in core/import/read-bytes.ts (shared with the renderer's import worker); this module adds
 * the file system and Node's build of the workbook parser.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import {
  DEFAULT_READ_LIMITS,
  readImportBytes,
  sizeText,
  type ReadErrorCode,
  type ReadLimits,
  type ReadResult,
  type WorkbookParser,
} from '../../../core/import';

export {
  DEFAULT_READ_LIMITS,
  type ImportFile,
  type ReadErrorCode,
  type ReadLimits,
  type ReadResult,
} from '../../../core/import';

/** read-excel-file's Node build wants a Buffer; a view over the same memory, not a copy. */
export const parseWorkbookInNode: WorkbookParser = async (bytes) =>
  (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as {
    sheet: string;
    data: unknown[][];
  }[];

/** Bytes already in memory (an import request from the renderer) → pipeline input. */
export function readImportBuffer(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ReadLimits> = {},
): Promise<ReadResult> {
  return readImportBytes(bytes, fileName, parseWorkbookInNode, limits);
}

/**
 * Read a table file for import. The size is checked before the file is read, so a 5 GB file
 * chosen by mistake is refused without being loaded.
 */
export async function readImportFile(
  path: string,
  limits: Partial<ReadLimits> = {},
): Promise<ReadResult> {
  const all = { ...DEFAULT_READ_LIMITS, ...limits };
  const fileName = basename(path);
  const fail = (code: ReadErrorCode, text: string): ReadResult => ({
    ok: false,
    error: { code, message: `${fileName}: ${text}` },
  });
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('not_found', 'is a folder, not a file.');
    size = info.size;
  } catch {
    return fail('not_found', 'the file does not exist or cannot be opened.');
  }
  if (size > all.maxFileBytes)
    return fail(
      'too_large',
      `the file is ${sizeText(size)}; the limit is ${sizeText(all.maxFileBytes)}. Split it or delete unused sheets.`,
    );
  return readImportBytes(new Uint8Array(await readFile(path)), fileName, parseWorkbookInNode, all);
}
