/**
 * Builds the handler table — `{ method → implementation }` — from the Node services. Used by the
 * Electron main process (bound to IPC in main/ipc.ts) and by the browser harness (bound to HTTP).
 * Never imports 'electron': paths arrive as parameters.
 */
import type { HandlerTable } from '../core/api';
import { boundaryLoader } from './services/geo/boundaries';
import { NO_FILE_DIALOGS, type FileDialogs } from './services/file-dialogs';
import { createImportService } from './services/import/import-service';
import { openRecipeText, saveRecipeText } from './services/import/recipe-files';
import { createExposureService } from './services/scenario/exposure-service';
import { openScenarioText, saveScenarioText } from './services/scenario/scenario-files';
import { openStore } from './services/store';
import type { WriterLockOptions } from './services/store/writer-lock';

export interface HandlerPaths {
  /** Folder with the bundled, read-only data (resources/). */
  resourcesDir: string;
  /** The user's data folder (revisions, journal). Created when missing. */
  dataDir: string;
}

export interface HandlerHost {
  /** Native file dialogs (Electron); without them the renderer downloads and uploads instead. */
  dialogs?: FileDialogs;
  /** Who writes to the data folder, for the message another writer shows while it waits. */
  lock?: WriterLockOptions;
}

export async function createHandlers(
  paths: HandlerPaths,
  host: HandlerHost = {},
): Promise<HandlerTable> {
  const store = await openStore(paths.dataDir, paths.resourcesDir, { lock: host.lock });
  const imports = createImportService(store);
  const dialogs = host.dialogs ?? NO_FILE_DIALOGS;
  const boundaries = boundaryLoader(paths.resourcesDir);
  const exposure = createExposureService(store, paths.resourcesDir);
  return {
    // Catch up first: `atlas import` may have committed while the app was open.
    getWorkingData: async () => {
      await store.refresh();
      return store.workingData();
    },
    listRevisions: async () => {
      await store.refresh();
      return store.listRevisions();
    },
    getBoundaries: () => boundaries(),
    previewImport: (request) => imports.preview(request),
    commitImport: (request) => imports.commit(request),
    listTaughtAliases: async () => imports.taughtAliases(),
    undoTo: (id) => imports.undoTo(id),
    resetToBundled: () => imports.resetToBundled(),
    saveRecipe: (request) => saveRecipeText(dialogs, request),
    loadRecipe: () => openRecipeText(dialogs),
    getExposureProfiles: () => exposure.profiles(),
    saveExposureEdits: (edits) => exposure.saveEdits(edits),
    saveScenario: (request) => saveScenarioText(dialogs, request),
    openScenario: () => openScenarioText(dialogs),
  };
}
