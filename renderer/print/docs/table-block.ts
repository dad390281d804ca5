/**
 * A printed table declared column by column: each column names its header and kind beside the
 * cell it makes of a row, so a header can never drift from its cells. `tableBlock` lays the
 * columns out as the `ExportTable` that print, CSV and XLSX share.
 */
import type { ExportCell, ExportColumn } from '../../../core/export/table';
import type { PrintBlock } from '../doc';

export interface PrintColumn<R> extends ExportColumn {
  cell: (row: R, index: number) => ExportCell;
}

export const textColumn = <R>(label: string, cell: PrintColumn<R>['cell']): PrintColumn<R> => ({
  label,
  kind: 'text',
  cell,
});

export const numberColumn = <R>(label: string, cell: PrintColumn<R>['cell']): PrintColumn<R> => ({
  label,
  kind: 'number',
  cell,
});

/** A table block: one row per item of `rows`, one cell per column. */
export function tableBlock<R>(
  id: string,
  caption: string,
  rows: readonly R[],
  columns: PrintColumn<R>[],
): PrintBlock {
  return {
    kind: 'table',
    table: {
      id,
      caption,
      columns: columns.map(({ label, kind }) => ({ label, kind })),
      rows: rows.map((row, i) => columns.map((c) => c.cell(row, i))),
    },
  };
}
