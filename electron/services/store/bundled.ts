/**
 * The bundled data (revision 0): resources/data/dataset.json and resources/reference/entities.json.
 * Read-only; the store never writes into the resources folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset, ReferenceTables } from '../../../core/model';

export const BUNDLED_DATASET_PATH = join('data', 'dataset.json');
export const BUNDLED_REFERENCE_PATH = join('reference', 'entities.json');

export interface BundledData {
  dataset: Dataset;
  reference: ReferenceTables;
  /** When the bundled dataset file was written: the "created" time of revision 0. */
  createdAt: string;
}

/** The bundled data is missing or unreadable: an installation problem, not a user-data one. */
export class BundledDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundledDataError';
  }
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new BundledDataError(`Cannot read bundled file ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BundledDataError(
      `Bundled file ${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/**
 * Only the outer shape is checked here: the bundled files are built and tested by the data
 * scripts, and a deep validation of every cell would slow every start-up for no gain.
 */
function expectArrays(value: unknown, path: string, keys: string[]): void {
  const record = value as Record<string, unknown> | null;
  for (const key of keys) {
    if (!record || !Array.isArray(record[key])) {
      throw new BundledDataError(`Bundled file ${path} has no "${key}" list`);
    }
  }
}

export async function loadBundledData(bundledDir: string): Promise<BundledData> {
  const datasetPath = join(bundledDir, BUNDLED_DATASET_PATH);
  const referencePath = join(bundledDir, BUNDLED_REFERENCE_PATH);
  const [dataset, reference] = await Promise.all([readJson(datasetPath), readJson(referencePath)]);
  expectArrays(dataset, datasetPath, ['figures', 'sources']);
  expectArrays(reference, referencePath, ['entities']);
  const { mtime } = await stat(datasetPath);
  return {
    dataset: dataset as Dataset,
    reference: reference as ReferenceTables,
    createdAt: mtime.toISOString(),
  };
}
