/**
 * The printer for the handlers (electron/services/print/print-files.ts is the seam): the app's
 * own window, as the renderer has laid it out for paper, sent to the system print dialog or
 * written as PDF. Paper, orientation and margins come from the page setup, which the page's CSS
 * `@page` rule also carries (and, for PDFs, wins), so both agree with the print preview.
 */
import type { BrowserWindow } from 'electron';
import { printToPdfOptions, type PageSetup } from '../../core/print';
import type { Printer } from '../services/print/print-files';

export function createPrinter(window: () => BrowserWindow | null): Printer {
  const contents = () => {
    const win = window();
    if (!win || win.isDestroyed()) throw new Error('There is no window to print.');
    return win.webContents;
  };
  return {
    print: (setup: PageSetup) =>
      new Promise<boolean>((resolve, reject) => {
        const pdf = printToPdfOptions(setup);
        contents().print(
          {
            silent: false,
            printBackground: true,
            landscape: pdf.landscape,
            pageSize: pdf.pageSize,
          },
          (success, reason) => {
            // Cancelling the dialog is not an error; anything else is said as it was.
            if (success || reason === 'cancelled' || reason === 'Print job canceled') {
              resolve(success);
            } else reject(new Error(`Printing failed: ${reason}`));
          },
        );
      }),
    toPdf: async (setup: PageSetup) =>
      new Uint8Array(await contents().printToPDF(printToPdfOptions(setup))),
  };
}
