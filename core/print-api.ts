/**
 * Printing, exports and briefings: their part of the contract (core/api.ts lists the methods).
 * The renderer lays the page out (print mode, charts drawn for paper) before it asks; main prints
 * or writes the PDF of what is on screen, and saves exports and briefings through native dialogs.
 * Where there are none (a browser), the methods answer `unavailable` and the renderer uses
 * `window.print()` and downloads instead.
 */
import * as v from 'valibot';
import { MAX_BRIEFING_TEXT } from './briefing/briefing-file';
import { pageSetupSchema } from './print';

export type PrintResult =
  | { status: 'printed' }
  | { status: 'saved'; name: string }
  | { status: 'cancelled' }
  /** No printer or PDF writer here (the browser harness): the renderer calls window.print(). */
  | { status: 'unavailable' };

export const EXPORT_FORMATS = ['csv', 'xlsx', 'png', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** A 2× PNG of a page-wide map is a few megabytes; an export near this is not one. */
export const MAX_EXPORT_BYTES = 40 * 1024 * 1024;

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused.
const fileNamePattern = /^[^/\\\u0000-\u001f]+$/;
const fileName = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(255),
  v.regex(fileNamePattern, 'expected a file name without folders'),
);

export const printPageSchema = v.strictObject({
  /** `printer`: the system print dialog; `pdf`: a PDF saved through a save dialog. */
  target: v.picklist(['printer', 'pdf']),
  setup: pageSetupSchema,
  suggestedName: v.pipe(fileName, v.endsWith('.pdf', 'expected a .pdf name')),
});
export type PrintRequest = v.InferOutput<typeof printPageSchema>;

export const saveExportSchema = v.strictObject({
  suggestedName: fileName,
  format: v.picklist(EXPORT_FORMATS),
  /** The file's bytes, base64 (IPC and HTTP carry text alike). */
  base64: v.pipe(
    v.string(),
    v.maxLength(Math.ceil(MAX_EXPORT_BYTES / 3) * 4),
    v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64'),
  ),
});
export type SaveExportRequest = v.InferOutput<typeof saveExportSchema>;

export const saveBriefingSchema = v.strictObject({
  suggestedName: fileName,
  text: v.pipe(v.string(), v.maxLength(MAX_BRIEFING_TEXT)),
});

/** The save dialog's filter per export format. */
export const EXPORT_FILTERS: Record<ExportFormat | 'pdf', { name: string; extensions: string[] }> =
  {
    csv: { name: 'CSV (UTF-8)', extensions: ['csv'] },
    xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
    png: { name: 'PNG image', extensions: ['png'] },
    svg: { name: 'SVG image', extensions: ['svg'] },
    pdf: { name: 'PDF', extensions: ['pdf'] },
  };
