/**
 * The seam between services and native file dialogs. Electron's main process supplies an
 * implementation (electron/main/dialogs.ts, the only module here that touches `dialog`); the
 * browser harness, the CLI and tests have no dialogs, so the handlers answer `unavailable` and
 * the renderer falls back to a download or an `<input type=file>`.
 */
import type { RecentKind } from '../../core/app-api';
import type { OpenTextResult, SaveTextResult } from '../../core/import-api';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What a dialog did, with the chosen path, which stays in the main process. */
export type WithPath<T> = T & { path?: string };

export interface FileDialogs {
  /** Ask where to save, then write `text` there (UTF-8). */
  saveText(
    suggestedName: string,
    text: string,
    filter: FileFilter,
  ): Promise<WithPath<SaveTextResult>>;
  /** Ask where to save, then write `bytes` there (a PDF, an image, a workbook). */
  saveBytes(
    suggestedName: string,
    bytes: Uint8Array,
    filter: FileFilter,
  ): Promise<WithPath<SaveTextResult>>;
  /** Ask for a file and read it as UTF-8 text, refusing files over `maxBytes`. */
  openText(filter: FileFilter, maxBytes: number): Promise<WithPath<OpenTextResult>>;
}

/**
 * Dialogs that remember every file they opened or saved in the recent-files list (by the filter's
 * kind: scenario, recipe, briefing) and never hand the path on to the renderer.
 */
export function recordingDialogs(
  dialogs: FileDialogs,
  note: (file: { kind: RecentKind; name: string; path: string }) => Promise<void>,
): FileDialogs {
  const kindOf = (filter: FileFilter): RecentKind | null =>
    /scenario/i.test(filter.name)
      ? 'scenario'
      : /recipe/i.test(filter.name)
        ? 'recipe'
        : /briefing/i.test(filter.name)
          ? 'briefing'
          : null;
  async function remember<T extends { status: string; name?: string }>(
    result: WithPath<T>,
    filter: FileFilter,
  ): Promise<T> {
    const { path, ...rest } = result;
    const kind = kindOf(filter);
    // A failure to remember must not fail the save or the open itself.
    if (path && kind) await note({ kind, name: rest.name ?? path, path }).catch(() => undefined);
    return rest as unknown as T;
  }
  return {
    saveText: async (name, text, filter) =>
      remember(await dialogs.saveText(name, text, filter), filter),
    saveBytes: async (name, bytes, filter) =>
      remember(await dialogs.saveBytes(name, bytes, filter), filter),
    openText: async (filter, max) => remember(await dialogs.openText(filter, max), filter),
  };
}

/**
 * The name a JSON document is offered under: as suggested when it already ends in .json, else
 * with the kind's suffix (".scenario.json", ".briefing.json").
 */
export const jsonFileName = (suggestedName: string, suffix: string): string =>
  suggestedName.toLowerCase().endsWith('.json') ? suggestedName : `${suggestedName}${suffix}`;

export const NO_FILE_DIALOGS: FileDialogs = {
  saveText: async () => ({ status: 'unavailable' }),
  saveBytes: async () => ({ status: 'unavailable' }),
  openText: async () => ({ status: 'unavailable' }),
};
