/**
 * Builds resources/data/dataset.json, the bundled default dataset, from the curated files in
 * shared/data (every figures*.csv and sources*.csv), the project's own curated inputs in
 * scripts/data/curated (national totals 2016–2022, published exchange rates, their sources, and
 * corrections of rows the project's review found wrong) and the reference tables.
 *
 *   npx tsx scripts/build-reference.ts   # first, if the reference tables changed
 *   npx tsx scripts/build-data.ts        # ATLAS_SHARED_DIR=/path/to/data overrides the input folder
 *
 * Every row must map to an entity, cite a known source and be well-formed, or the build fails
 * with the file and line number; a source id used twice across files fails too. Values are copied
 * as published; the only computations are those of core/data/derive.ts (exports + imports of one
 * row, USD at a published rate), each marked `derived`. Precedence (core/data) chooses one value
 * per cell and keeps the others as alternates; a municipality's city and province twins share
 * what only one of them has (same territory, noted on the cell). Nothing is estimated.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deriveRows, fillMunicipalityTwins, latestCitedDate, resolveRecords } from '../core/data';
import { type Dataset, type ReferenceTables, DATASET_SCHEMA_VERSION } from '../core/model';
import { makeEntityLookup } from './data/entity-lookup';
import { readCorrections } from './data/read-corrections';
import { readRates } from './data/read-rates';
import { readAllSources, readFigureRows, sha256Of } from './data/read-shared';

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

/** The project's own curated inputs (national totals 2016–2022, exchange rates, their sources). */
export const CURATED_DIR = path.join(REPO_ROOT, 'scripts/data/curated');

/** `prefix*.csv` files of a folder, in name order (figures.csv before figures_usd.csv). */
function csvFiles(dir: string, prefix: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.csv'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Reads, validates and resolves the curated figures into a dataset. Throws on any bad row. */
export function buildDataset(
  sharedDir: string,
  reference: ReferenceTables,
  curatedDir = CURATED_DIR,
): Dataset {
  const sourceFiles = [...csvFiles(sharedDir, 'sources'), ...csvFiles(curatedDir, 'sources')];
  const figureFiles = [...csvFiles(sharedDir, 'figures'), ...csvFiles(curatedDir, 'figures')];
  const ratesFile = path.join(curatedDir, 'rates.csv');
  const sources = readAllSources(sourceFiles);
  const sourceIds = new Set<string>(sources.map((s) => s.id));
  const lookup = makeEntityLookup(reference);
  const correctionsFile = path.join(curatedDir, 'corrections.csv');
  const corrections = readCorrections(correctionsFile);
  const rows = figureFiles.flatMap((file) => readFigureRows(file, lookup, sourceIds, corrections));
  const known = new Set(figureFiles.map((f) => path.basename(f)));
  const stray = corrections.find((c) => !c.file.startsWith('breakdowns') && !known.has(c.file));
  if (stray) throw new Error(`${stray.at}: no figures file named ${stray.file}`);
  const rates = readRates(ratesFile, sourceIds, rows);
  const resolved = resolveRecords(deriveRows(rows, rates), new Map(sources.map((s) => [s.id, s])));
  const figures = fillMunicipalityTwins(resolved, reference.entities);
  const builtFrom = [...figureFiles, ...sourceFiles, ratesFile, correctionsFile]
    .map((file) => `${path.basename(file)} sha256:${sha256Of(file)}`)
    .join('; ');
  const sorted = [...sources].sort((a, b) => a.id.localeCompare(b.id));
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    builtFrom,
    unit: '亿元',
    dataAsOf: latestCitedDate({ figures, sources: sorted, rates }),
    sources: sorted,
    figures,
    rates,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dataset = buildDataset(sharedDataDir(), readReferenceTables());
  mkdirSync(path.dirname(DATASET_PATH), { recursive: true });
  // Compact: the file is generated and read at every start; its inputs are the reviewed CSVs.
  writeFileSync(DATASET_PATH, `${JSON.stringify(dataset)}\n`);
  console.log(
    `Wrote ${path.relative(REPO_ROOT, DATASET_PATH)}: ${dataset.sources.length} sources, ` +
      `${dataset.figures.length} records, ${dataset.rates.length} exchange rates`,
  );
}
