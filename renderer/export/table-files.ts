/**
 * A table as a file: CSV (UTF-8 with a byte-order mark, so Excel opens Chinese correctly) or an
 * Excel workbook, each with the header block that names its sources and data revision. Both are
 * formula-injection safe (core/export/table.ts). The workbook writer loads only when asked.
 */
import { csvText, sheetRows, type ExportHeader, type ExportTable } from '../../core/export/table';

export function csvBytes(header: ExportHeader, table: ExportTable): Uint8Array {
  return new TextEncoder().encode(csvText(header, table));
}

export async function xlsxBytes(header: ExportHeader, table: ExportTable): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const labelsAt = header.lines.length + 2;
  const data = sheetRows(header, table).map((row, r) =>
    row.map((value) =>
      value == null
        ? null
        : typeof value === 'number'
          ? { value, type: Number }
          : // The title and the column labels in bold; every text cell is a string, never a formula.
            {
              value,
              type: String,
              fontWeight: r === 0 || r === labelsAt ? ('bold' as const) : undefined,
            },
    ),
  );
  const blob = await writeXlsxFile(data, {
    sheet: table.id.slice(0, 31),
    columns: table.columns.map((c) => ({ width: c.kind === 'number' ? 14 : 22 })),
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
