/**
 * The streaming xlsx reader (core/import/xlsx-reader.ts) is the one both the wizard's worker and
 * the main process run. Its rows are checked here against read-excel-file's Node build and its
 * browser ("universal") build on every workbook fixture, and the hostile workbooks of issue 13 are
 * refused before any grid is built.
 */
import { zipSync, strToU8 } from 'fflate';
import readXlsxNode from 'read-excel-file/node';
import readXlsxUniversal from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { readImportBytes, type RawCell, cellText } from '../../../core/import';
import { synthXlsx } from './synth-files';

/** Text rows as a person sees them: trimmed, no trailing empty cells or rows. */
function tidyRows(rows: readonly (readonly RawCell[])[]): string[][] {
  const out = rows.map((row) => {
    const cells = Array.from(row, (c) => cellText(c).trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

async function ourRows(bytes: Uint8Array): Promise<Map<string, string[][]>> {
  const read = await readImportBytes(bytes, 'book.xlsx');
  if (!read.ok || read.value.kind !== 'xlsx') throw new Error(`not read: ${JSON.stringify(read)}`);
  const { workbook } = read.value;
  const sheets = new Map<string, string[][]>();
  for (const name of workbook.sheets) {
    const rows: string[][] = [];
    workbook.readSheet(name, (cells) => rows.push(cells) > 0);
    sheets.set(name, tidyRows(rows));
  }
  return sheets;
}

type Sheets = { sheet: string; data: RawCell[][] }[];
const asMap = (sheets: Sheets) => new Map(sheets.map((s) => [s.sheet, tidyRows(s.data)]));

const FIXTURES: [string, () => Promise<Uint8Array>][] = [
  ['plain customs table', () => synthXlsx()],
  ['merged title and group headers', () => synthXlsx({ merged: true, titleRows: 2 })],
  [
    '万元 with totals and notes',
    () => synthXlsx({ unit: '万元', scale: 10000, totalsRow: true, footnotes: true }),
  ],
  ['English table', () => synthXlsx({ english: true, nameStyle: 'english' })],
  [
    'formula saved without a result, and a second sheet',
    () =>
      synthXlsx({
        formulaAt: { row: 5, column: 2, formula: 'D5+F5' },
        extraSheets: [{ name: '说明', rows: [['注：测试'], ['', '第二列']] }],
      }),
  ],
];

describe('xlsx reader: the same rows as read-excel-file (Node and browser builds)', () => {
  it.each(FIXTURES)('%s', async (_name, make) => {
    const bytes = await make();
    const ours = await ourRows(bytes);
    const node = asMap((await readXlsxNode(Buffer.from(bytes))) as Sheets);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const browser = asMap((await readXlsxUniversal(buffer as ArrayBuffer)) as Sheets);
    expect(ours).toEqual(node);
    expect(ours).toEqual(browser);
  });
});

/** A minimal workbook whose one sheet is `sheetXml` (between <sheetData> tags). */
function workbookWith(sheetData: string, extra = ''): Uint8Array {
  const xml = (s: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>${s}`);
  return zipSync({
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    'xl/workbook.xml': xml(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="2025" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': xml(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${extra}</worksheet>`,
    ),
  });
}
const cell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe('issue 13: hostile coordinates are refused before any grid is built', () => {
  it('one cell at XFD1048576 (a 17-billion-cell used range) is refused, not read', async () => {
    const bytes = workbookWith(
      `<row r="1">${cell('A1', '城市')}</row><row r="1048576">${cell('XFD1048576', 'x')}</row>`,
    );
    const t0 = performance.now();
    const read = await readImportBytes(bytes, 'far.xlsx');
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(read).toMatchObject({
      ok: false,
      error: {
        code: 'sheet_too_large',
        params: { ref: 'XFD1048576', rows: 1048576, columns: 16384 },
      },
    });
  });

  it('a row numbered 99999999999 is refused as no spreadsheet’s reference', async () => {
    const read = await readImportBytes(
      workbookWith(`<row r="99999999999">${cell('A1', 'x')}</row>`),
      'row.xlsx',
    );
    expect(read).toMatchObject({
      ok: false,
      error: { code: 'bad_cell_reference', params: { ref: '99999999999' } },
    });
  });

  it('a cell named ZZZZZZ7 is refused as no spreadsheet’s reference', async () => {
    const read = await readImportBytes(
      workbookWith(`<row r="7">${cell('ZZZZZZ7', 'x')}</row>`),
      'col.xlsx',
    );
    expect(read).toMatchObject({
      ok: false,
      error: { code: 'bad_cell_reference', params: { ref: 'ZZZZZZ7' } },
    });
  });

  it('merged ranges count as claimed coordinates too', async () => {
    const bytes = workbookWith(
      `<row r="1">${cell('A1', 'x')}</row>`,
      '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    );
    const read = await readImportBytes(bytes, 'merge.xlsx');
    expect(read).toMatchObject({ ok: false, error: { code: 'sheet_too_large' } });
  });
});
