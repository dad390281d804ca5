import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addImportToLayer } from '../../../core/import';
import { asAdcode, emptyUserLayer, type ExposureEdit } from '../../../core/model';
import {
  openStore,
  buildRevision,
  encodeRevision,
  REVISIONS_FOLDER,
  revisionFileName,
  makeStoreDirs,
} from '../store';
import { createExposureService, dedupeEdits } from './exposure-service';

const tonglingCopper: ExposureEdit = {
  code: asAdcode('340700'),
  dimension: 'import_commodity',
  basis: 'import',
  category: 'copper_ore',
  pct: 35,
};

async function setup() {
  const dirs = await makeStoreDirs();
  await copyFile(
    join(process.cwd(), 'resources', 'data', 'exposure.json'),
    join(dirs.bundledDir, 'data', 'exposure.json'),
  );
  return dirs;
}

describe('the exposure service', () => {
  it('serves the bundled profiles with no user shares on a new data folder', async () => {
    const { dataDir, bundledDir } = await setup();
    const service = createExposureService(await openStore(dataDir, bundledDir), bundledDir);
    const data = await service.profiles();
    expect(data.revisionId).toBe(0);
    expect(data.userEdits).toEqual([]);
    expect(data.exposure.askUser.map((a) => a.category)).toEqual(['copper_ore']);
  });

  it('keeps user shares in a revision that survives a restart', async () => {
    const { dataDir, bundledDir } = await setup();
    const service = createExposureService(await openStore(dataDir, bundledDir), bundledDir);
    const info = await service.saveEdits([{ ...tonglingCopper, pct: 30 }, tonglingCopper]);
    expect(info).toMatchObject({ id: 1, summary: 'Exposure shares: 1 user entry' });
    const reopened = createExposureService(await openStore(dataDir, bundledDir), bundledDir);
    expect(await reopened.profiles()).toMatchObject({ revisionId: 1, userEdits: [tonglingCopper] });
  });

  // Issue 13, item 8: saveExposureEdits accepted category "__proto__" and committed it.
  it('refuses category "__proto__" (and any category outside the vocabulary), storing nothing', async () => {
    const { dataDir, bundledDir } = await setup();
    const service = createExposureService(await openStore(dataDir, bundledDir), bundledDir);
    for (const category of ['__proto__', 'constructor', 'other']) {
      await expect(service.saveEdits([{ ...tonglingCopper, category }])).rejects.toThrow(
        /Not an exposure share/,
      );
    }
    expect((await service.profiles()).revisionId).toBe(0);
  });

  it('reads a revision written before exposure edits existed', async () => {
    const { dataDir, bundledDir } = await setup();
    await mkdir(join(dataDir, REVISIONS_FOLDER), { recursive: true });
    const old = buildRevision({
      id: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      summary: 'Import old.csv',
      fromFile: null,
      layer: emptyUserLayer(),
    });
    await writeFile(join(dataDir, REVISIONS_FOLDER, revisionFileName(1)), encodeRevision(old));
    const store = await openStore(dataDir, bundledDir);
    expect(store.notices).toEqual([]);
    const service = createExposureService(store, bundledDir);
    expect(await service.profiles()).toMatchObject({ revisionId: 1, userEdits: [] });
  });

  it('refuses a share outside 0–100 before anything is written', async () => {
    const { dataDir, bundledDir } = await setup();
    const store = await openStore(dataDir, bundledDir);
    const service = createExposureService(store, bundledDir);
    await expect(service.saveEdits([{ ...tonglingCopper, pct: 150 }])).rejects.toThrow(
      /exposureEdits/,
    );
    expect(store.listRevisions()).toHaveLength(1);
  });

  it('says which file is missing when there is no exposure.json', async () => {
    const { dataDir, bundledDir } = await makeStoreDirs();
    const service = createExposureService(await openStore(dataDir, bundledDir), bundledDir);
    await expect(service.profiles()).rejects.toThrow(/exposure\.json/);
  });
});

describe('exposure edits and other layer changes', () => {
  it('an import keeps the user shares of the layer it builds on', () => {
    const layer = { ...emptyUserLayer(), exposureEdits: [tonglingCopper] };
    const source = {
      id: 'Uaaaaaaaaaaaa',
      title: 'x.csv',
      publisher: 'user',
      url: '',
      publishedDate: '2026-01-01',
      kind: 'user_import',
    } as const;
    const next = addImportToLayer(layer, { source: source as never, figures: [] });
    expect(next.exposureEdits).toEqual([tonglingCopper]);
    expect(
      addImportToLayer(emptyUserLayer(), { source: source as never, figures: [] }),
    ).not.toHaveProperty('exposureEdits');
  });

  it('dedupeEdits keeps the last entry per cell', () => {
    expect(dedupeEdits([tonglingCopper, { ...tonglingCopper, pct: 40 }])).toEqual([
      { ...tonglingCopper, pct: 40 },
    ]);
  });
});
