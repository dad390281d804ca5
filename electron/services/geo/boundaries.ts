/**
 * Reads the bundled map boundaries (resources/geo/china-cities.topo.json) for the map views.
 * Read once and kept: the file is read-only and every map mount asks for it again.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BoundaryTopology } from '../../../core/model';

export const BOUNDARIES_PATH = join('geo', 'china-cities.topo.json');

/** The boundary file is missing or not the expected topology: an installation problem. */
export class BoundaryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoundaryFileError';
  }
}

function checkTopology(value: unknown, path: string): BoundaryTopology {
  const t = value as Partial<BoundaryTopology> | null;
  const objects = t?.objects as Record<string, { geometries?: unknown }> | undefined;
  const ok =
    t?.type === 'Topology' &&
    Array.isArray(t.arcs) &&
    ['cities', 'provinces', 'nation'].every((k) => Array.isArray(objects?.[k]?.geometries));
  if (!ok)
    throw new BoundaryFileError(`${path} is not the expected topology (cities, provinces, nation)`);
  return value as BoundaryTopology;
}

/** A loader bound to a resources folder; the first call reads the file, later calls reuse it. */
export function boundaryLoader(resourcesDir: string): () => Promise<BoundaryTopology> {
  let pending: Promise<BoundaryTopology> | null = null;
  const path = join(resourcesDir, BOUNDARIES_PATH);
  const load = async (): Promise<BoundaryTopology> => {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new BoundaryFileError(`Cannot read ${path}: ${(error as Error).message}`);
    }
    try {
      return checkTopology(JSON.parse(text), path);
    } catch (error) {
      if (error instanceof BoundaryFileError) throw error;
      throw new BoundaryFileError(`${path} is not valid JSON: ${(error as Error).message}`);
    }
  };
  return () => {
    // A failed read is not cached, so a repaired installation works without a restart.
    pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    });
    return pending;
  };
}
