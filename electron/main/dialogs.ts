/**
 * Native save/open dialogs for the handlers (electron/services/file-dialogs.ts is the seam). The
 * renderer never sees a path: it gets the file's name and, for open, its text. Files are read
 * with a size check first, so a wrong choice cannot pull gigabytes into memory.
 */
import { dialog, type BrowserWindow } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileDialogs, FileFilter } from '../services/file-dialogs';
import { writeFileAtomic } from '../services/store';

export function createFileDialogs(window: () => BrowserWindow | null): FileDialogs {
  async function save(suggestedName: string, data: string | Uint8Array, filter: FileFilter) {
    const win = window();
    const options = { defaultPath: suggestedName, filters: [filter] };
    const choice = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' as const };
    // The user confirmed the overwrite in the dialog; the old file survives a crash mid-save.
    await writeFileAtomic(choice.filePath, data, { overwrite: true });
    return { status: 'saved' as const, name: basename(choice.filePath), path: choice.filePath };
  }
  return {
    saveText: save,
    saveBytes: save,

    async openText(filter, maxBytes) {
      const win = window();
      const options = { properties: ['openFile' as const], filters: [filter] };
      const choice = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return { status: 'cancelled' };
      const info = await stat(path);
      if (info.size > maxBytes) {
        throw new Error(
          `${basename(path)} is ${info.size} bytes; a ${filter.name} file is at most ${maxBytes}.`,
        );
      }
      return { status: 'opened', name: basename(path), text: await readFile(path, 'utf8'), path };
    },
  };
}
