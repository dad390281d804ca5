/**
 * Printing and the files of the print, export and briefing features, through whatever the host
 * offers: Electron's printer and save/open dialogs, or nothing (the browser harness), where the
 * methods answer `unavailable` and the renderer prints with window.print() and downloads instead.
 * Briefings are a JSON document kind (json-documents.ts): checked before they are written, so a
 * file the app saved always opens again.
 */
import { parseBriefingFile, MAX_BRIEFING_TEXT } from '../../../core/briefing/briefing-file';
import type { SaveTextResult } from '../../../core/import-api';
import {
  EXPORT_FILTERS,
  MAX_EXPORT_BYTES,
  type PrintRequest,
  type PrintResult,
  type SaveExportRequest,
} from '../../../core/print-api';
import type { PageSetup } from '../../../core/print';
import type { FileDialogs } from '../file-dialogs';
import { jsonDocumentKind } from '../json-documents';

/** What main can do with the app's window (electron/main/printing.ts); absent in a browser. */
export interface Printer {
  /** The system print dialog for the window as laid out now; false when the user cancelled. */
  print(setup: PageSetup): Promise<boolean>;
  /** The window as laid out now, as PDF bytes. */
  toPdf(setup: PageSetup): Promise<Uint8Array>;
}

export async function printPage(
  printer: Printer | undefined,
  dialogs: FileDialogs,
  request: PrintRequest,
): Promise<PrintResult> {
  if (!printer) return { status: 'unavailable' };
  if (request.target === 'printer') {
    return (await printer.print(request.setup)) ? { status: 'printed' } : { status: 'cancelled' };
  }
  const bytes = await printer.toPdf(request.setup);
  const saved = await dialogs.saveBytes(request.suggestedName, bytes, EXPORT_FILTERS.pdf);
  return saved.status === 'saved' ? { status: 'saved', name: saved.name } : saved;
}

export function saveExportBytes(
  dialogs: FileDialogs,
  request: SaveExportRequest,
): Promise<SaveTextResult> {
  const bytes = Buffer.from(request.base64, 'base64');
  if (bytes.length > MAX_EXPORT_BYTES) {
    throw new Error(`The export is ${bytes.length} bytes; at most ${MAX_EXPORT_BYTES} are saved.`);
  }
  return dialogs.saveBytes(request.suggestedName, bytes, EXPORT_FILTERS[request.format]);
}

export const BRIEFING_DOCUMENT = jsonDocumentKind({
  noun: 'briefing',
  maxText: MAX_BRIEFING_TEXT,
  problemOf(text) {
    const parsed = parseBriefingFile(text);
    if (parsed.ok) return null;
    const first = parsed.error[0]!;
    return `${first.code} at ${first.path} ${first.detail}`;
  },
});
