/**
 * Builds resources/data/dataset.json, the bundled default dataset, from the curated files in
 * shared/data (figures.csv, sources.csv) and the reference tables.
 *
 *   npx tsx scripts/build-reference.ts   # first, if the reference tables changed
 *   npx tsx scripts/build-data.ts        # ATLAS_SHARED_DIR=/path/to/data overrides the input folder
 *
 * Every row must map to an entity, cite a known source and be well-formed, or the build fails
 * with the file and line number. Values are copied as published; precedence (core/data) chooses
 * one value per cell and keeps the others as alternates. Nothing is estimated.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolveRecords } from '../core/data/precedence';
import type { Dataset, ReferenceTables } from '../core/model';
import { DATASET_SCHEMA_VERSION } from '../core/model';
import { makeEntityLookup } from './data/entity-lookup';
import { readFigureRows, readSources, sha256Of } from './data/read-shared';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DATASET_PATH = path.join(REPO_ROOT, 'resources/data/dataset.json');
const REFERENCE_PATH = path.join(REPO_ROOT, 'resources/reference/entities.json');

/** The curated input folder: `ATLAS_SHARED_DIR`, else `../shared/data` beside the repository. */
export function sharedDataDir(): string {
  return process.env.ATLAS_SHARED_DIR ?? path.resolve(REPO_ROOT, '../shared/data');
}

export function readReferenceTables(file = REFERENCE_PATH): ReferenceTables {
  return JSON.parse(readFileSync(file, 'utf8')) as ReferenceTables;
}

/** Reads, validates and resolves the curated figures into a dataset. Throws on any bad row. */
export function buildDataset(sharedDir: string, reference: ReferenceTables): Dataset {
  const figuresFile = path.join(sharedDir, 'figures.csv');
  const sourcesFile = path.join(sharedDir, 'sources.csv');
  const sources = readSources(sourcesFile);
  const sourceIds = new Set<string>(sources.map((s) => s.id));
  if (sourceIds.size !== sources.length) throw new Error('sources.csv: duplicate source_id');
  const rows = readFigureRows(figuresFile, makeEntityLookup(reference), sourceIds);
  const figures = resolveRecords(rows, new Map(sources.map((s) => [s.id, s])));
  const builtFrom = [
    `shared/data figures.csv sha256:${sha256Of(figuresFile)}`,
    `sources.csv sha256:${sha256Of(sourcesFile)}`,
  ].join('; ');
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    builtFrom,
    unit: '亿元',
    sources: [...sources].sort((a, b) => a.id.localeCompare(b.id)),
    figures,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dataset = buildDataset(sharedDataDir(), readReferenceTables());
  mkdirSync(path.dirname(DATASET_PATH), { recursive: true });
  writeFileSync(DATASET_PATH, `${JSON.stringify(dataset, null, 2)}\n`);
  console.log(
    `Wrote ${path.relative(REPO_ROOT, DATASET_PATH)}: ${dataset.sources.length} sources, ` +
      `${dataset.figures.length} records`,
  );
}
