/**
 * File bytes → what `runImport` takes: CSV/TSV bytes, or every sheet of an .xlsx as rows. Checks
 * size, file type (legacy .xls, PDF, damaged zips) and zip bombs before any parser runs, and names
 * the file in every message. Pure: the workbook parser is passed in, because the Node reader
 * (read-excel-file/node) and the renderer's worker (read-excel-file/universal) use different
 * builds of it.
 */
import { unzipSync } from 'fflate';
import type { SheetInput } from './sheet-rows';
import { inspectZip, utf8Text, type ZipLimits } from './zip-guard';

export interface ReadLimits extends ZipLimits {
  maxFileBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxDecompressedBytes: 500 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioExemptBytes: 10 * 1024 * 1024,
  maxCells: 5_000_000,
  maxRows: 1_000_000,
};

export type ReadErrorCode =
  | 'not_found'
  | 'too_large'
  | 'empty'
  | 'legacy_xls'
  | 'pdf'
  | 'truncated'
  | 'zip_bomb'
  | 'too_many_cells'
  | 'too_many_rows'
  | 'not_a_workbook'
  | 'read_failed';

export type ImportFile =
  | { kind: 'csv'; fileName: string; bytes: Uint8Array }
  | { kind: 'xlsx'; fileName: string; sheets: SheetInput[] };

export type ReadResult =
  | { ok: true; value: ImportFile; notes: string[] }
  | { ok: false; error: { code: ReadErrorCode; message: string } };

/** A workbook parser: .xlsx bytes (already checked by the zip guard) → sheets of typed cells. */
export type WorkbookParser = (bytes: Uint8Array) => Promise<{ sheet: string; data: unknown[][] }[]>;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);
/** Text tables have no control bytes other than tab/CR/LF near the start (UTF-16 has a BOM). */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 4096);
  return !sample.some((b) => b < 0x09 || (b > 0x0d && b < 0x20));
}
export const sizeText = (n: number): string =>
  n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;

const decodeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Sheet name → worksheet part, from workbook.xml and its relationships. */
export function sheetParts(bytes: Uint8Array): Map<string, string> {
  const wanted = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
  const files = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
  const workbook = utf8Text([files['xl/workbook.xml'] ?? new Uint8Array()]);
  const rels = utf8Text([files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array()]);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) parts.set(decodeXml(name), part);
  }
  return parts;
}

async function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits,
  parse: WorkbookParser,
): Promise<ReadResult> {
  const fail = (code: ReadErrorCode, text: string): ReadResult => ({
    ok: false,
    error: { code, message: `${fileName}: ${text}` },
  });
  const verdict = inspectZip(bytes, limits);
  if (!verdict.ok) {
    const advice =
      verdict.code === 'truncated'
        ? ' The file is probably truncated or damaged; copy it again or re-save it in Excel.'
        : '';
    return fail(verdict.code, `not read: ${verdict.detail}.${advice}`);
  }
  if (!verdict.value.entries.some((e) => e.name === 'xl/workbook.xml')) {
    return fail(
      'not_a_workbook',
      'this zip archive is not an Excel workbook (no xl/workbook.xml). Is it a .docx or another zip renamed to .xlsx?',
    );
  }
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await parse(bytes);
  } catch (error) {
    return fail(
      'read_failed',
      `the workbook could not be read (${(error as Error).message}). Re-save it in Excel as .xlsx.`,
    );
  }
  const parts = sheetParts(bytes);
  return {
    ok: true,
    notes: [],
    value: {
      kind: 'xlsx',
      fileName,
      sheets: sheets.map((s) => ({
        name: s.sheet,
        rows: s.data as SheetInput['rows'],
        uncachedFormulas: verdict.value.uncachedFormulas.get(parts.get(s.sheet) ?? '') ?? [],
      })),
    },
  };
}

const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
};

/**
 * Read a table file's bytes for import. The content decides the kind, not the extension (a CSV
 * renamed .xlsx is still read, with a note); only .xls and PDF are refused with advice.
 */
export async function readImportBytes(
  bytes: Uint8Array,
  fileName: string,
  parse: WorkbookParser,
  limits: Partial<ReadLimits> = {},
): Promise<ReadResult> {
  const all = { ...DEFAULT_READ_LIMITS, ...limits };
  const fail = (code: ReadErrorCode, text: string): ReadResult => ({
    ok: false,
    error: { code, message: `${fileName}: ${text}` },
  });
  if (bytes.length > all.maxFileBytes)
    return fail(
      'too_large',
      `the file is ${sizeText(bytes.length)}; the limit is ${sizeText(all.maxFileBytes)}. Split it or delete unused sheets.`,
    );
  if (bytes.length === 0) return fail('empty', 'the file is empty (0 bytes).');
  const extension = extensionOf(fileName);
  if (startsWith(bytes, OLE_MAGIC)) {
    return fail(
      'legacy_xls',
      'this is an old-format Excel file (.xls, or a password-protected workbook). Open it in Excel or WPS and save it as .xlsx (unprotected), then import that.',
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return fail('pdf', 'this is a PDF, not a table. Export the table to Excel or CSV first.');
  if (startsWith(bytes, [0x50, 0x4b])) {
    const result = await readWorkbook(bytes, fileName, all, parse);
    if (result.ok && extension !== '.xlsx' && extension !== '.xlsm')
      result.notes.push(
        `${fileName}: the name ends in "${extension}" but the file is an Excel workbook; read as .xlsx.`,
      );
    return result;
  }
  if ((extension === '.xlsx' || extension === '.xlsm') && !looksLikeText(bytes)) {
    return fail(
      'truncated',
      'this is not a valid .xlsx workbook (it is not a zip archive, and not text either). The file may be damaged; re-save it in Excel.',
    );
  }
  const notes =
    extension === '.xlsx' || extension === '.xls'
      ? [`${fileName}: the name ends in "${extension}" but the file is plain text; read as CSV.`]
      : [];
  return { ok: true, notes, value: { kind: 'csv', fileName, bytes } };
}
