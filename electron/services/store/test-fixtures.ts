/**
 * Fixtures for store tests: a tiny bundled resources folder and user layers built in code, all
 * under fresh temp folders.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  synthCell,
  synthDataset,
  synthEntity,
  synthRecord,
  synthReference,
  synthSource,
} from '../../../core/data';
import { asSourceId, emptyUserLayer, type UserLayer } from '../../../core/model';

export async function makeTempDir(prefix = 'atlas-store-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A resources folder with a two-city dataset (深圳 2025 = 45500, 上海 2025 = 45100). */
export async function writeBundledFixture(resourcesDir: string): Promise<void> {
  const dataset = synthDataset(
    [
      synthRecord('440300', 2025, { total: 45500, total_yoy: 1.4 }),
      synthRecord('310100', 2025, { total: 45100 }),
    ],
    [synthSource('S001')],
  );
  const reference = synthReference([
    synthEntity('440300', 'city', '深圳', 'Shenzhen'),
    synthEntity('310100', 'city', '上海', 'Shanghai'),
  ]);
  await mkdir(join(resourcesDir, 'data'), { recursive: true });
  await mkdir(join(resourcesDir, 'reference'), { recursive: true });
  await writeFile(join(resourcesDir, 'data', 'dataset.json'), JSON.stringify(dataset));
  await writeFile(join(resourcesDir, 'reference', 'entities.json'), JSON.stringify(reference));
}

/** A fresh data folder and bundled folder. */
export async function makeStoreDirs(): Promise<{ dataDir: string; bundledDir: string }> {
  const root = await makeTempDir();
  const bundledDir = join(root, 'resources');
  await writeBundledFixture(bundledDir);
  return { dataDir: join(root, 'data'), bundledDir };
}

/**
 * A layer whose content is a deterministic function of `seed`: the crash test re-derives what
 * the writer wrote for each revision id from the id alone. `padding` makes files larger so that
 * kills land mid-write more often.
 */
export function layerFor(seed: number, padding = 0): UserLayer {
  const layer = emptyUserLayer();
  const sourceId = asSourceId(`U${String(seed).padStart(4, '0')}`);
  layer.sources.push(synthSource(sourceId, { kind: 'user_import', title: `import ${seed}` }));
  const records = 1 + (seed % 5);
  for (let i = 0; i < records; i++) {
    const record = synthRecord(i % 2 ? '310100' : '440300', 2000 + i, {
      total: synthCell(seed * 10 + i + 0.5, sourceId),
    });
    layer.figures.push(record);
  }
  if (padding > 0) layer.figures[0]!.cells.total!.note = 'x'.repeat(padding) + seed;
  return layer;
}
