/**
 * The seam between services and native file dialogs. Electron's main process supplies an
 * implementation (electron/main/dialogs.ts, the only module here that touches `dialog`); the
 * browser harness, the CLI and tests have no dialogs, so the handlers answer `unavailable` and
 * the renderer falls back to a download or an `<input type=file>`.
 */
import type { OpenTextResult, SaveTextResult } from '../../core/import-api';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogs {
  /** Ask where to save, then write `text` there (UTF-8). */
  saveText(suggestedName: string, text: string, filter: FileFilter): Promise<SaveTextResult>;
  /** Ask for a file and read it as UTF-8 text, refusing files over `maxBytes`. */
  openText(filter: FileFilter, maxBytes: number): Promise<OpenTextResult>;
}

export const NO_FILE_DIALOGS: FileDialogs = {
  saveText: async () => ({ status: 'unavailable' }),
  openText: async () => ({ status: 'unavailable' }),
};
