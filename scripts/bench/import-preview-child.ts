/**
 * One import preview in a process of its own, so its peak memory can be read: the file is read
 * from disk a slice at a time, as the CLI does. Prints one JSON line.
 *
 *   npx tsx scripts/bench/import-preview-child.ts FILE
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { prepareImport } from '../../core/import';
import { openImportFile } from '../../electron/services/import/read-file';

const path = resolve(process.argv[2]!);
const resources = resolve(import.meta.dirname, '../../resources');
const entities = JSON.parse(readFileSync(join(resources, 'reference/entities.json'), 'utf8'));
const dataset = JSON.parse(readFileSync(join(resources, 'data/dataset.json'), 'utf8'));
const opened = await openImportFile(path);
if (!opened.ok) throw new Error(`cannot open ${path}: ${opened.error.code}`);
let updates = 0;
let last = -1;
let monotonic = true;
const t0 = performance.now();
const prepared = await prepareImport(
  opened.file.source,
  basename(path),
  { overrides: {}, fixes: [], recipe: null },
  { entities: entities.entities, dataset },
  {
    control: {
      onProgress: (_stage, fraction) => {
        if (fraction < last) monotonic = false;
        if (fraction !== last) updates++;
        last = fraction;
      },
    },
  },
);
const ms = performance.now() - t0;
console.log(
  JSON.stringify({
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    figures: prepared.report?.figures.length ?? 0,
    rows: prepared.report?.rows_read ?? 0,
    progressUpdates: updates,
    monotonic,
  }),
);
