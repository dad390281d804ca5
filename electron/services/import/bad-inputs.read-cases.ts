/**
 * Bad inputs the Node reader refuses before any parser runs: wrong kind of file, damaged or
 * hostile archives, limits. Part of the catalogue run by bad-inputs.test.ts.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { ImportOverrides, ImportReport } from '../../../core/import';
import type { ReadLimits } from './read-file';
import { synthCustomsCsv, synthXlsx, synthZipBomb } from './synth-files';

export type Made = {
  name: string;
  bytes?: Uint8Array | string;
  path?: string;
  limits?: Partial<ReadLimits>;
  sheetName?: string;
  overrides?: ImportOverrides;
};
export interface BadInput {
  name: string;
  make: (dir: string) => Promise<Made> | Made;
  /** 'read' = refused by the Node reader; 'import' = reported by the pipeline. */
  stage: 'read' | 'import';
  code: string;
  says: (string | RegExp)[];
  row?: number;
  column?: string;
  /** Figures must still be offered (the problem is local to a row or a warning). */
  stillImports?: boolean;
  /** Further assertions on the report, for inputs that must be handled rather than refused. */
  check?: (report: ImportReport) => void;
}

/** A zip whose directory and local header understate the sheet's size (a "lying" bomb). */
function lyingZip(): Uint8Array {
  const zip = zipSync({
    'xl/workbook.xml': new Uint8Array(10),
    'xl/worksheets/sheet1.xml': new Uint8Array(3 * 1024 * 1024),
  });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, 100, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, 100, true);
  }
  return zip;
}

/** 4 KiB of bytes that are neither text nor an archive, under the given file name. */
const garbage = (name: string): Made => ({
  name,
  bytes: new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256),
});

export const READ_CASES: BadInput[] = [
  {
    name: 'empty file',
    make: () => ({ name: 'empty.csv', bytes: '' }),
    stage: 'read',
    code: 'empty',
    says: ['empty.csv: the file is empty (0 bytes).'],
  },
  {
    name: 'truncated xlsx',
    make: async () => {
      const x = await synthXlsx();
      return { name: 'cut.xlsx', bytes: x.subarray(0, Math.floor(x.length * 0.6)) };
    },
    stage: 'read',
    code: 'truncated',
    says: ['cut.xlsx: not read:', 'probably truncated or damaged'],
  },
  {
    name: 'zip bomb (compression ratio)',
    make: () => ({ name: 'bomb.xlsx', bytes: synthZipBomb(20 * 1024 * 1024) }),
    stage: 'read',
    code: 'zip_bomb',
    says: ['bomb.xlsx: not read:', /expand \d+-fold/, 'limit is 200-fold'],
  },
  {
    name: 'zip bomb (total size)',
    make: async () => ({
      name: 'big.xlsx',
      bytes: await synthXlsx(),
      limits: { maxDecompressedBytes: 2000 },
    }),
    stage: 'read',
    code: 'zip_bomb',
    says: ['big.xlsx: not read: it would expand to', 'the limit is 2 KB'],
  },
  {
    name: 'zip with understated sizes',
    make: () => ({ name: 'liar.xlsx', bytes: lyingZip() }),
    stage: 'read',
    code: 'zip_bomb',
    says: ['liar.xlsx: not read:', 'beyond its declared size'],
  },
  {
    name: 'zip that is not a workbook',
    make: () => ({ name: 'doc.xlsx', bytes: zipSync({ 'word/document.xml': new Uint8Array(50) }) }),
    stage: 'read',
    code: 'not_a_workbook',
    says: ['doc.xlsx: this zip archive is not an Excel workbook'],
  },
  {
    name: 'legacy .xls',
    make: () => ({
      name: 'old.xls',
      bytes: new Uint8Array([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...new Uint8Array(504),
      ]),
    }),
    stage: 'read',
    code: 'legacy_xls',
    says: ['old.xls: this is an old-format Excel file', 'save it as .xlsx'],
  },
  {
    name: 'PDF renamed to .xlsx',
    make: () => ({ name: 'table.xlsx', bytes: '%PDF-1.7\n%âãÏÓ\n' }),
    stage: 'read',
    code: 'pdf',
    says: ['table.xlsx: this is a PDF'],
  },
  {
    name: 'binary garbage as .csv',
    make: () => garbage('noise.csv'),
    stage: 'read',
    code: 'not_a_table',
    says: ['noise.csv: not a table file'],
  },
  {
    name: 'binary garbage as .xlsx',
    make: () => garbage('noise.xlsx'),
    stage: 'read',
    code: 'truncated',
    says: ['noise.xlsx: not read: it is neither a zip archive nor text'],
  },
  {
    name: 'file over the size limit',
    make: () => ({ name: 'huge.csv', bytes: synthCustomsCsv(), limits: { maxFileBytes: 100 } }),
    stage: 'read',
    code: 'too_large',
    says: [/^huge\.csv: the file is \d+ KB; the limit is 1 KB\. Split it/],
  },
  {
    name: 'too many rows',
    make: async () => ({ name: 'rows.xlsx', bytes: await synthXlsx(), limits: { maxRows: 5 } }),
    stage: 'read',
    code: 'too_many_rows',
    says: ['rows.xlsx: the table has more than 5 rows. Split the file.'],
  },
  {
    name: 'too many cells',
    make: async () => ({ name: 'cells.xlsx', bytes: await synthXlsx(), limits: { maxCells: 20 } }),
    stage: 'read',
    code: 'too_many_cells',
    says: ['cells.xlsx: the table has more than 20 cells. Delete unused columns'],
  },
  {
    name: 'missing file',
    make: (dir) => ({ name: 'nope.csv', path: join(dir, 'nope.csv') }),
    stage: 'read',
    code: 'not_found',
    says: ['nope.csv: the file does not exist'],
  },
  {
    name: 'folder instead of file',
    make: async (dir) => {
      await mkdir(join(dir, 'folder.csv'), { recursive: true });
      return { name: 'folder.csv', path: join(dir, 'folder.csv') };
    },
    stage: 'read',
    code: 'not_found',
    says: ['folder.csv: is a folder'],
  },
];
