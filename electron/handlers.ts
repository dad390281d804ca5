/**
 * Builds the handler table — `{ method → implementation }` — from the Node services. Used by the
 * Electron main process (bound to IPC in main/ipc.ts) and by the browser harness (bound to HTTP).
 * Never imports 'electron': paths arrive as parameters.
 */
import type { HandlerTable } from '../core/api';
import { boundaryLoader } from './services/geo/boundaries';
import { openStore } from './services/store';

export interface HandlerPaths {
  /** Folder with the bundled, read-only data (resources/). */
  resourcesDir: string;
  /** The user's data folder (revisions, journal). Created when missing. */
  dataDir: string;
}

export async function createHandlers(paths: HandlerPaths): Promise<HandlerTable> {
  const store = await openStore(paths.dataDir, paths.resourcesDir);
  const boundaries = boundaryLoader(paths.resourcesDir);
  return {
    getWorkingData: async () => store.workingData(),
    listRevisions: async () => store.listRevisions(),
    getBoundaries: () => boundaries(),
  };
}
