/**
 * Printing and the files of the print, export and briefing features, through whatever the host
 * offers: Electron's printer and save/open dialogs, or nothing (the browser harness), where the
 * methods answer `unavailable` and the renderer prints with window.print() and downloads instead.
 * Briefings are checked before they are written, so a file the app saved always opens again.
 */
import { parseBriefingFile, MAX_BRIEFING_TEXT } from '../../../core/briefing/briefing-file';
import type { OpenTextResult, SaveTextResult } from '../../../core/import-api';
import {
  EXPORT_FILTERS,
  MAX_EXPORT_BYTES,
  type PrintRequest,
  type PrintResult,
  type SaveExportRequest,
} from '../../../core/print-api';
import type { PageSetup } from '../../../core/print/page-setup';
import { jsonFileName, type FileDialogs, type FileFilter } from '../file-dialogs';

/** What main can do with the app's window (electron/main/printing.ts); absent in a browser. */
export interface Printer {
  /** The system print dialog for the window as laid out now; false when the user cancelled. */
  print(setup: PageSetup): Promise<boolean>;
  /** The window as laid out now, as PDF bytes. */
  toPdf(setup: PageSetup): Promise<Uint8Array>;
}

const BRIEFING_FILTER: FileFilter = { name: 'Briefing (JSON)', extensions: ['json'] };

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

export async function saveBriefingText(
  dialogs: FileDialogs,
  request: { suggestedName: string; text: string },
): Promise<SaveTextResult> {
  const parsed = parseBriefingFile(request.text);
  if (!parsed.ok) {
    const first = parsed.error[0]!;
    throw new Error(`The briefing was not saved: ${first.code} at ${first.path} ${first.detail}`);
  }
  const name = jsonFileName(request.suggestedName, '.briefing.json');
  return dialogs.saveText(name, request.text, BRIEFING_FILTER);
}

export function openBriefingText(dialogs: FileDialogs): Promise<OpenTextResult> {
  // The renderer parses what comes back, on the same path as its upload fallback.
  return dialogs.openText(BRIEFING_FILTER, MAX_BRIEFING_TEXT);
}
