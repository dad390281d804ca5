/**
 * THE contract between the renderer and the main process (or the browser harness that stands in
 * for it). Add a method in three places: the `AtlasApi` interface and its argument schema in
 * `argSchemas` here, and its name in `API_METHODS` (./api-methods.ts); nothing else — the preload,
 * the IPC binding, the HTTP transport and the renderer's `window.atlas` type derive from these.
 */
import * as v from 'valibot';
import type { Adcode, BoundaryTopology, Dataset, ReferenceTables, RevisionKind } from './model';
import {
  importRequestSchema,
  revisionIdSchema,
  saveRecipeSchema,
  type ImportCommitResult,
  type ImportPreview,
  type ImportRequest,
  type OpenTextResult,
  type SaveTextResult,
} from './import-api';
import type { ExposureEdit } from './model';
import { exposureEditsSchema, saveScenarioSchema, type ExposureData } from './scenario-api';
import {
  noteRecentSchema,
  recentIdSchema,
  saveSettingsSchema,
  type AboutInfo,
  type OpenRecentResult,
  type RecentFile,
  type RecentKind,
  type Settings,
  type SettingsState,
} from './app-api';
import {
  printPageSchema,
  saveBriefingSchema,
  saveExportSchema,
  type PrintRequest,
  type PrintResult,
  type SaveExportRequest,
} from './print-api';

/** What the renderer needs to show the working data. */
export interface WorkingData {
  reference: ReferenceTables;
  dataset: Dataset;
  revision: RevisionInfo;
  /** Problems found at start-up (e.g. a damaged revision set aside); shown in the UI. */
  notices: StoreNotice[];
}

export interface RevisionInfo {
  /** 0 is the bundled data; 1… are the user's revisions. */
  id: number;
  createdAt: string;
  summary: string;
  /** File the change came from, if any. */
  fromFile: string | null;
  /** What the revision did, as data (the history words it in the reader's language). */
  kind: RevisionKind;
}

export interface StoreNotice {
  kind: 'recovered' | 'info';
  message: string;
  /** Where a damaged file was kept, if one was. */
  keptAt: string | null;
  /**
   * What happened to which file, as data (the UI words it in its language; `message` is the
   * English the journal keeps): set aside into `keptAt` (relative to the data folder), left in
   * place (a read-only store), not movable, or written by a newer version. `opened` is the
   * revision opened instead (0 = bundled data) when this file was the newest.
   */
  fact: {
    file: string;
    outcome: 'set_aside' | 'left_in_place' | 'not_moved' | 'newer_format';
    keptAt: string;
    opened: number | null;
  };
}

export interface AtlasApi {
  /** The working dataset (bundled base plus the user's current revision) with reference tables. */
  getWorkingData(): Promise<WorkingData>;
  /** Revision history, newest first, ending with the bundled base (id 0). */
  listRevisions(): Promise<RevisionInfo[]>;
  /**
   * The bundled map boundaries (resources/geo/china-cities.topo.json, ~530 KB). Asked for only
   * when a map mounts, so no other view waits for it.
   */
  getBoundaries(): Promise<BoundaryTopology>;

  // Import (core/import-api.ts holds the request and reply types).
  /** Run the import pipeline on a file with the user's settings; nothing is stored. */
  previewImport(request: ImportRequest): Promise<ImportPreview>;
  /** Re-run the pipeline on the same bytes and settings, merge and commit a new revision. */
  commitImport(request: ImportRequest): Promise<ImportCommitResult>;
  /** Names the user taught in earlier imports (the current layer's aliases). */
  listTaughtAliases(): Promise<{ alias: string; code: Adcode }[]>;
  /** A new revision whose layer is that of revision `id` (nothing is deleted). */
  undoTo(id: number): Promise<RevisionInfo>;
  /** A new revision with an empty layer: the bundled data alone (nothing is deleted). */
  resetToBundled(): Promise<RevisionInfo>;
  /** Save recipe JSON through a native dialog; `unavailable` where there is none. */
  saveRecipe(request: { suggestedName: string; text: string }): Promise<SaveTextResult>;
  /** Open a recipe file through a native dialog; `unavailable` where there is none. */
  loadRecipe(): Promise<OpenTextResult>;

  // Scenarios (core/scenario-api.ts holds the types and schemas).
  /** resources/data/exposure.json and the exposure shares the user entered (current revision). */
  getExposureProfiles(): Promise<ExposureData>;
  /** A new revision whose layer is the current one with these user shares (replacing the old). */
  saveExposureEdits(edits: ExposureEdit[]): Promise<RevisionInfo>;
  /** Save a scenario file through a native dialog; `unavailable` where there is none. */
  saveScenario(request: { suggestedName: string; text: string }): Promise<SaveTextResult>;
  /** Open a scenario file through a native dialog; `unavailable` where there is none. */
  openScenario(): Promise<OpenTextResult>;

  // The desktop app (core/app-api.ts holds the types and schemas).
  /** The user's settings (defaults, with a notice, when the file is damaged). */
  getSettings(): Promise<SettingsState>;
  /** Store the settings (atomically); returns what was stored. */
  saveSettings(settings: Settings): Promise<Settings>;
  /** Show the data folder in the system's file manager; `unavailable` in a browser. */
  showDataFolder(): Promise<{ status: 'shown' | 'unavailable' }>;
  /** Versions, the bundled data's date and the licences (NOTICE) for the About box. */
  getAbout(): Promise<AboutInfo>;
  /** Scenarios, briefings and import recipes opened or saved lately, newest first. */
  listRecentFiles(): Promise<RecentFile[]>;
  /** Read a recent file again (from its path, or the text kept for a browser upload). */
  openRecentFile(id: string): Promise<OpenRecentResult>;
  /** Remember a file the renderer opened or saved itself (browser upload or download). */
  noteRecentFile(file: { kind: RecentKind; name: string; text: string }): Promise<void>;

  // Print, export and briefings (core/print-api.ts holds the types and schemas).
  /**
   * Print the window as it is laid out now (the renderer is in print mode) through the system's
   * print dialog, or write it as a PDF chosen in a save dialog; `unavailable` in a browser.
   */
  printPage(request: PrintRequest): Promise<PrintResult>;
  /** Save an exported chart or table through a native dialog; `unavailable` in a browser. */
  saveExport(request: SaveExportRequest): Promise<SaveTextResult>;
  /** Save a briefing file through a native dialog; `unavailable` where there is none. */
  saveBriefing(request: { suggestedName: string; text: string }): Promise<SaveTextResult>;
  /** Open a briefing file through a native dialog; `unavailable` where there is none. */
  openBriefing(): Promise<OpenTextResult>;
}

export type ApiMethod = keyof AtlasApi;

/**
 * Argument tuple schemas, one per method: every call is validated against these before it runs.
 * Always `v.strictTuple`: a plain tuple would silently drop extra arguments.
 */
export const argSchemas = {
  getWorkingData: v.strictTuple([]),
  listRevisions: v.strictTuple([]),
  getBoundaries: v.strictTuple([]),
  previewImport: v.strictTuple([importRequestSchema]),
  commitImport: v.strictTuple([importRequestSchema]),
  listTaughtAliases: v.strictTuple([]),
  undoTo: v.strictTuple([revisionIdSchema]),
  resetToBundled: v.strictTuple([]),
  saveRecipe: v.strictTuple([saveRecipeSchema]),
  loadRecipe: v.strictTuple([]),
  getExposureProfiles: v.strictTuple([]),
  saveExposureEdits: v.strictTuple([exposureEditsSchema]),
  saveScenario: v.strictTuple([saveScenarioSchema]),
  openScenario: v.strictTuple([]),
  getSettings: v.strictTuple([]),
  saveSettings: v.strictTuple([saveSettingsSchema]),
  showDataFolder: v.strictTuple([]),
  getAbout: v.strictTuple([]),
  listRecentFiles: v.strictTuple([]),
  openRecentFile: v.strictTuple([recentIdSchema]),
  noteRecentFile: v.strictTuple([noteRecentSchema]),
  printPage: v.strictTuple([printPageSchema]),
  saveExport: v.strictTuple([saveExportSchema]),
  saveBriefing: v.strictTuple([saveBriefingSchema]),
  openBriefing: v.strictTuple([]),
} as const satisfies { [K in ApiMethod]: v.GenericSchema<unknown, Parameters<AtlasApi[K]>> };

export { API_METHODS } from './api-methods';

/** IPC channel name for a method. */
export const channelOf = (method: ApiMethod): string => `atlas:${method}`;

/** Handler table: what main (or the harness) implements. */
export type HandlerTable = {
  [K in ApiMethod]: (...args: Parameters<AtlasApi[K]>) => ReturnType<AtlasApi[K]>;
};

/** An error that crosses the process boundary as data: a code the UI can branch on and a message. */
export interface ApiErrorPayload {
  code: 'bad_arguments' | 'unknown_method' | 'failed' | 'forbidden';
  message: string;
}
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorPayload['code'],
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
