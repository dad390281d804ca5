/**
 * Where the CLI's data comes from: `--data DIR`, else the app's user-data folder if it exists,
 * else the bundled data alone. Always opened read-only: the CLI never moves, repairs or writes
 * files, so it is safe to run while the app is open.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkingData } from '../core/api';
import type { ExposureEdit } from '../core/model';
import { openStore } from '../electron/services/store';
import { atlasDataDir } from '../electron/services/user-data-path';
import { DataError, UsageError, type CliIo, type Output } from './io';

export interface CliData extends WorkingData {
  /** One line saying what was read, for table footers. */
  origin: string;
  /** Exposure shares the user entered in the app (`atlas scenario` applies them). */
  exposureEdits: ExposureEdit[];
}

const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * The bundled resources folder: the nearest `resources/` with a dataset above this module, which
 * holds both when run from the repo (cli/) and from a bundled build (out/cli/).
 */
export function findResourcesDir(io: CliIo): string {
  const explicit = io.resourcesDir ?? io.env?.ATLAS_RESOURCES;
  if (explicit) return resolve(explicit);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'resources', 'data', 'dataset.json'))) return join(dir, 'resources');
    const parent = dirname(dir);
    if (parent === dir)
      throw new DataError(
        'Bundled data not found: no resources/data/dataset.json above the CLI (set ATLAS_RESOURCES)',
      );
    dir = parent;
  }
}

export async function loadCliData(
  dataFlag: string | undefined,
  io: CliIo,
  out: Output,
): Promise<CliData> {
  let dataDir: string;
  if (dataFlag !== undefined) {
    dataDir = resolve(dataFlag);
    if (!isDirectory(dataDir))
      throw new UsageError(`--data: expected an existing folder, got '${dataFlag}'`);
  } else {
    dataDir = atlasDataDir({ env: io.env ?? process.env, platform: io.platform, home: io.home });
  }
  const resourcesDir = findResourcesDir(io);
  let working: WorkingData;
  let exposureEdits: ExposureEdit[];
  try {
    // A folder that does not exist simply has no revisions: the bundled data is revision 0.
    const store = await openStore(dataDir, resourcesDir, { readOnly: true });
    working = store.workingData();
    exposureEdits = store.current().layer.exposureEdits ?? [];
  } catch (error) {
    throw new DataError(`Cannot read the data: ${(error as Error).message}`);
  }
  for (const notice of working.notices) out.note(`note: ${notice.message}`);
  const { revision } = working;
  const origin =
    revision.id === 0
      ? `bundled data${isDirectory(dataDir) ? ` (no user revisions in ${dataDir})` : ''}`
      : `user data in ${dataDir}, revision ${revision.id} (${revision.summary})`;
  return { ...working, origin, exposureEdits };
}
