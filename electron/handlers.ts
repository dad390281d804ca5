/**
 * Builds the handler table — `{ method → implementation }` — from the Node services. Used by the
 * Electron main process (bound to IPC in main/ipc.ts) and by the browser harness (bound to HTTP).
 * Never imports 'electron': paths arrive as parameters.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { HandlerTable } from '../core/api';
import type { Settings } from '../core/app-api';
import { createRecentFiles } from './services/app/recent-files';
import { readSettings, writeSettings } from './services/app/settings-file';
import { boundaryLoader } from './services/geo/boundaries';
import { NO_FILE_DIALOGS, recordingDialogs, type FileDialogs } from './services/file-dialogs';
import { createImportService } from './services/import/import-service';
import { jsonDocumentFiles } from './services/json-documents';
import {
  BRIEFING_DOCUMENT,
  printPage,
  saveExportBytes,
  type Printer,
} from './services/print/print-files';
import { RECIPE_DOCUMENT } from './services/import/recipe-files';
import { createExposureService } from './services/scenario/exposure-service';
import { SCENARIO_DOCUMENT } from './services/scenario/scenario-files';
import { openStore, type WriterLockOptions } from './services/store';

export interface HandlerPaths {
  /** Folder with the bundled, read-only data (resources/). */
  resourcesDir: string;
  /** The user's data folder (revisions, journal). Created when missing. */
  dataDir: string;
  /** Where settings.json and recent-files.json live; the data folder's parent by default. */
  userDataDir?: string;
  /** The NOTICE file with the licences; beside the resources folder by default. */
  noticeFile?: string;
}

export interface HandlerHost {
  /** Native file dialogs (Electron); without them the renderer downloads and uploads instead. */
  dialogs?: FileDialogs;
  /** Who writes to the data folder, for the message another writer shows while it waits. */
  lock?: WriterLockOptions;
  /** Opens a folder in the system's file manager (Electron's shell); absent in a browser. */
  showFolder?: (path: string) => void | Promise<void>;
  /** Versions for the About box; the desktop app adds Electron's and Chromium's. */
  versions?: { app: string; electron?: string; chrome?: string };
  /** Told after the settings were saved (the main process rebuilds its menu in the language). */
  onSettingsSaved?: (settings: Settings) => void;
  /** Told after the recent-files list changed (the File menu lists them). */
  onRecentChanged?: () => void;
  /** Prints the app's window or writes it as PDF (Electron); absent in a browser. */
  printer?: Printer;
}

export async function createHandlers(
  paths: HandlerPaths,
  host: HandlerHost = {},
): Promise<HandlerTable> {
  const store = await openStore(paths.dataDir, paths.resourcesDir, { lock: host.lock });
  const imports = createImportService(store);
  const userDataDir = paths.userDataDir ?? dirname(paths.dataDir);
  const settingsFile = join(userDataDir, 'settings.json');
  const recentFiles = createRecentFiles(join(userDataDir, 'recent-files.json'));
  const recent = {
    ...recentFiles,
    note: async (file: Parameters<typeof recentFiles.note>[0]) => {
      await recentFiles.note(file);
      host.onRecentChanged?.();
    },
  };
  const dialogs = recordingDialogs(host.dialogs ?? NO_FILE_DIALOGS, recent.note);
  const scenarios = jsonDocumentFiles(dialogs, SCENARIO_DOCUMENT);
  const briefings = jsonDocumentFiles(dialogs, BRIEFING_DOCUMENT);
  const recipes = jsonDocumentFiles(dialogs, RECIPE_DOCUMENT);
  // Read once: a damaged file's notice is shown for the whole session, not only the first read.
  const firstRead = readSettings(settingsFile);
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
    saveRecipe: (request) => recipes.save(request),
    loadRecipe: () => recipes.open(),
    getExposureProfiles: () => exposure.profiles(),
    saveExposureEdits: (edits) => exposure.saveEdits(edits),
    saveScenario: (request) => scenarios.save(request),
    openScenario: () => scenarios.open(),
    getSettings: async () => {
      const { notice } = await firstRead;
      const { settings } = await readSettings(settingsFile);
      return { settings, notice, file: settingsFile, dataDir: paths.dataDir };
    },
    saveSettings: async (settings) => {
      const saved = await writeSettings(settingsFile, settings);
      host.onSettingsSaved?.(saved);
      return saved;
    },
    showDataFolder: async () => {
      if (!host.showFolder) return { status: 'unavailable' };
      await host.showFolder(paths.dataDir);
      return { status: 'shown' };
    },
    getAbout: async () => ({
      appVersion: host.versions?.app ?? (await packageVersion(paths.resourcesDir)),
      electron: host.versions?.electron ?? null,
      chrome: host.versions?.chrome ?? null,
      node: process.versions.node,
      platform: process.platform,
      bundledDataDate: store.listRevisions().at(-1)!.createdAt,
      notice: await readFile(
        paths.noticeFile ?? join(paths.resourcesDir, '..', 'NOTICE'),
        'utf8',
      ).catch(() => 'The NOTICE file with the licences was not found next to the app.'),
    }),
    listRecentFiles: () => recent.list(),
    openRecentFile: (id) => recent.open(id),
    noteRecentFile: (file) => recent.note(file),
    printPage: (request) => printPage(host.printer, dialogs, request),
    saveExport: (request) => saveExportBytes(dialogs, request),
    saveBriefing: (request) => briefings.save(request),
    openBriefing: () => briefings.open(),
  };
}

/** The version in the package.json beside resources/ (a checkout, or the harness), else "dev". */
async function packageVersion(resourcesDir: string): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(join(resourcesDir, '..', 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'dev';
  } catch {
    return 'dev';
  }
}
