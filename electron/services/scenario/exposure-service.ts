/**
 * The exposure profiles the scenario panel starts from (resources/data/exposure.json, built by
 * scripts/build-exposure.ts) and the shares the user entered on top of them, which live in the
 * user layer (`exposureEdits`) so they are versioned, undoable and survive restarts like imports.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RevisionInfo } from '../../../core/api';
import type { ExposureEdit } from '../../../core/model';
import type { ExposureData } from '../../../core/scenario-api';
import {
  EXPOSURE_SCHEMA_VERSION,
  type ExposureFile,
  DIMENSION_BASES,
  isEditableCategory,
} from '../../../core/scenario';
import type { AtlasStore } from '../store';

export interface ExposureService {
  profiles(): Promise<ExposureData>;
  saveEdits(edits: ExposureEdit[]): Promise<RevisionInfo>;
}

/** Reads and checks exposure.json; throws with the path and the reason when it cannot be used. */
export async function readExposureFile(resourcesDir: string): Promise<ExposureFile> {
  const path = join(resourcesDir, 'data', 'exposure.json');
  let file: ExposureFile;
  try {
    file = JSON.parse(await readFile(path, 'utf8')) as ExposureFile;
  } catch (error) {
    throw new Error(`Cannot read the exposure profiles (${path}): ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (file?.schemaVersion !== EXPOSURE_SCHEMA_VERSION || !Array.isArray(file.profiles)) {
    throw new Error(
      `${path} is not an exposure file this version can read (schemaVersion ${String(file?.schemaVersion)}, expected ${EXPOSURE_SCHEMA_VERSION})`,
    );
  }
  return file;
}

/** Later edits of the same cell win; the result has one edit per cell, in first-seen order. */
export function dedupeEdits(edits: readonly ExposureEdit[]): ExposureEdit[] {
  const byCell = new Map<string, ExposureEdit>();
  for (const e of edits) {
    const key = `${e.code}|${e.dimension}|${e.basis}|${e.category}`;
    byCell.set(key, { ...e });
  }
  return [...byCell.values()];
}

export function createExposureService(store: AtlasStore, resourcesDir: string): ExposureService {
  // Read once: the file is bundled and read-only.
  let cached: Promise<ExposureFile> | null = null;
  const exposure = (): Promise<ExposureFile> => {
    cached ??= readExposureFile(resourcesDir).catch((error: unknown) => {
      cached = null;
      throw error;
    });
    return cached;
  };
  return {
    async profiles() {
      const { revision, layer } = store.current();
      return {
        exposure: await exposure(),
        userEdits: layer.exposureEdits ?? [],
        revisionId: revision.id,
      };
    },
    async saveEdits(edits) {
      // The handler table validates the argument; a caller that bypasses it still cannot store a
      // category outside the vocabulary (`__proto__` would become a key of a stored object).
      for (const e of edits) {
        const known = Object.hasOwn(DIMENSION_BASES, e.dimension);
        if (!known || !isEditableCategory(e.dimension, e.category)) {
          throw new Error(`Not an exposure share: ${e.dimension} / ${e.category}`);
        }
      }
      const next = dedupeEdits(edits);
      const summary =
        next.length === 0
          ? 'Exposure shares: user entries cleared'
          : `Exposure shares: ${next.length} user ${next.length === 1 ? 'entry' : 'entries'}`;
      // Read and commit in one store step so no other change lands between them.
      const id = await store.update((layer) => ({ ...layer, exposureEdits: next }), {
        summary,
        fromFile: null,
        kind: { type: 'exposure_shares', count: next.length },
      });
      return store.listRevisions().find((r) => r.id === id)!;
    },
  };
}
